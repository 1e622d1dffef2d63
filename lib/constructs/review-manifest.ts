/**
 * Writes the review manifest (lib/review/manifest.ts) of a stack's deployments beside its
 * cdk.tf.json, as pigsty-manifest.json. The stack's synthesizer is wrapped, through cdktf's
 * public `TerraformStack.synthesizer`, so the manifest is written after the stack's own
 * synthesis (which runs the aspects that build each deployment) and cdk.tf.json is untouched.
 * A stack synthesized without an output directory (Testing.synth) writes no manifest.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ISynthesisSession, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import { DeploymentManifest, MANIFEST_FILE, manifestText } from '../review/manifest';

const WRITER = Symbol.for('cdktf-pigsty.review-manifest');

/** Something that gives its manifest once it is built (a Deployment). */
export interface ManifestSource {
  manifest(): DeploymentManifest | undefined;
}

interface WithWriter {
  [WRITER]?: ManifestSource[];
}

/** Registers a deployment: its stack then writes the manifest of all its deployments at synth. */
export function writeManifestAtSynth(scope: IConstruct, source: ManifestSource): void {
  const stack = TerraformStack.of(scope) as TerraformStack & WithWriter;
  let sources = stack[WRITER];
  if (!sources) {
    const list: ManifestSource[] = (sources = stack[WRITER] = []);
    const inner = stack.synthesizer;
    stack.synthesizer = {
      synthesize(session: ISynthesisSession): void {
        inner.synthesize(session);
        const deployments = list.map((s) => s.manifest()).filter((m): m is DeploymentManifest => m !== undefined);
        const dir = path.join(session.outdir, session.manifest.forStack(stack).workingDirectory);
        fs.writeFileSync(path.join(dir, MANIFEST_FILE), manifestText(deployments));
      },
    };
  }
  sources.push(source);
}
