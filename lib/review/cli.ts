#!/usr/bin/env node
/**
 * pigsty-plan: reviews a Terraform plan of a cdktf-pigsty deployment.
 *
 *   pigsty-plan [--manifest <file>] [--before <file>] <plan.json>   Markdown for a PR comment
 *   pigsty-plan --check [--allow-destroy <name>] ... <plan.json>  the safety rail only
 *   pigsty-plan --diagram [--manifest <file>]                     Mermaid topology
 *   pigsty-plan --inventory [--manifest <file>]                   Pigsty-style YAML inventory
 *
 * <plan.json> is `terraform show -json <plan file>`. The manifest is the pigsty-manifest.json
 * that synth writes beside cdk.tf.json: by default the one next to the plan JSON, else in the
 * working directory. Exit status: 0 fine, 1 refused by the safety rail, 2 a usage or input error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { AddressBook } from './addresses';
import { allowList, checkPlan, RUNTIME_PRIMARY_NOTE } from './check';
import { renderDiagram } from './diagram';
import { renderInventory } from './inventory';
import { MANIFEST_FILE, parseManifest, ReviewManifest } from './manifest';
import { renderSummary } from './summary';
import { plannedChanges, sensitiveStrings } from './terraform-plan';

const USAGE = `usage: pigsty-plan [--check] [--manifest <file>] [--before <file>] [--allow-destroy <name>]... [--no-diagram] <plan.json>
       pigsty-plan --diagram [--manifest <file>]
       pigsty-plan --inventory [--manifest <file>] [--deployment <name>]
<plan.json>: terraform show -json <plan file> > plan.json
--manifest: the ${MANIFEST_FILE} synth wrote into the stack's directory (default: beside plan.json, else ./${MANIFEST_FILE})
--before: the ${MANIFEST_FILE} of the applied configuration (the base branch's synth): names what the plan removes
--allow-destroy: a cluster, node or instance the plan may destroy (also PIGSTY_ALLOW_DESTROY=a,b)`;

class UsageFailure extends Error {}

interface Options {
  mode: 'summary' | 'check' | 'diagram' | 'inventory';
  plan?: string;
  manifest?: string;
  before?: string;
  deployment?: string;
  allow: string[];
  diagram: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { mode: 'summary', allow: [], diagram: true };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageFailure(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') options.mode = 'check';
    else if (arg === '--diagram') options.mode = 'diagram';
    else if (arg === '--inventory') options.mode = 'inventory';
    else if (arg === '--no-diagram') options.diagram = false;
    else if (arg === '--manifest') options.manifest = value(i++, arg);
    else if (arg === '--before') options.before = value(i++, arg);
    else if (arg === '--deployment') options.deployment = value(i++, arg);
    else if (arg === '--allow-destroy') options.allow.push(value(i++, arg));
    else if (arg === '--help' || arg === '-h') throw new UsageFailure('');
    else if (arg.startsWith('-')) throw new UsageFailure(`unknown option ${arg}`);
    else if (options.plan === undefined) options.plan = arg;
    else throw new UsageFailure(`one plan JSON only (got ${options.plan} and ${arg})`);
  }
  if ((options.mode === 'summary' || options.mode === 'check') && !options.plan)
    throw new UsageFailure('pass the plan JSON (terraform show -json <plan file>)');
  return options;
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageFailure(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function loadManifest(file: string | undefined, plan: string | undefined): ReviewManifest {
  const candidates = file ? [file] : [...(plan ? [path.join(path.dirname(plan), MANIFEST_FILE)] : []), MANIFEST_FILE];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found)
    throw new UsageFailure(
      `no ${MANIFEST_FILE} at ${candidates.join(' or ')}: synth writes it into the stack's directory (cdktf.out/stacks/<stack>/); pass it with --manifest`,
    );
  try {
    return parseManifest(readText(found, 'the manifest'), found);
  } catch (error) {
    if (error instanceof UsageFailure) throw error;
    throw new UsageFailure((error as Error).message);
  }
}

function loadPlan(file: string): unknown {
  try {
    return JSON.parse(readText(file, 'the plan JSON'));
  } catch (error) {
    if (error instanceof UsageFailure) throw error;
    throw new UsageFailure(`${file} is not JSON: write it with terraform show -json <plan file> > plan.json`);
  }
}

/** Runs the command; returns the exit status and what to print. */
export function run(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { status: number; stdout: string; stderr: string } {
  try {
    const options = parseArgs(argv);
    const manifest = loadManifest(options.manifest, options.plan);
    if (options.mode === 'diagram') return { status: 0, stdout: renderDiagram(manifest), stderr: '' };
    if (options.mode === 'inventory') return { status: 0, stdout: renderInventory(manifest, options.deployment), stderr: '' };
    const json = loadPlan(options.plan!);
    let changes;
    try {
      changes = plannedChanges(json, options.plan!);
    } catch (error) {
      throw new UsageFailure((error as Error).message);
    }
    const before = options.before ? loadManifest(options.before, undefined) : undefined;
    const book = new AddressBook(manifest, before);
    const violations = checkPlan(book, changes, allowList(env.PIGSTY_ALLOW_DESTROY, options.allow));
    const refusals = violations.map((v) => `refused: ${v.message}`).join('\n');
    const stderr = violations.length > 0 ? `${refusals}\n${RUNTIME_PRIMARY_NOTE}\n` : '';
    if (options.mode === 'check') {
      return {
        status: violations.length > 0 ? 1 : 0,
        stdout: violations.length > 0 ? '' : 'pigsty-plan --check: no node the safety rail protects is destroyed.\n',
        stderr,
      };
    }
    const summary = renderSummary({
      book,
      changes,
      violations,
      secrets: sensitiveStrings(json),
      diagram: options.diagram ? renderDiagram(manifest) : undefined,
    });
    return { status: violations.length > 0 ? 1 : 0, stdout: summary, stderr };
  } catch (error) {
    if (error instanceof UsageFailure) return { status: 2, stdout: '', stderr: `pigsty-plan: ${error.message ? `${error.message}\n` : ''}${USAGE}\n` };
    throw error;
  }
}

if (require.main === module) {
  const result = run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.status;
}
