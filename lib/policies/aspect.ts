/**
 * The policies as a cdktf Aspect on a Deployment: at synth it judges the deployment's resolved
 * model, adds each warning as an annotation, and throws one ValidationError with every error
 * (synthApp prints it without a stack trace).
 */
import { Annotations, IAspect } from 'cdktf';
import { IConstruct } from 'constructs';
import type { ResolvedDeployment } from '../model';
import { ValidationError } from '../model';
import { judge } from './judge';
import type { PolicyContext } from './policy';

export class PolicyAspect implements IAspect {
  private done = false;

  constructor(
    private readonly target: IConstruct,
    private readonly model: () => ResolvedDeployment,
    private readonly context: PolicyContext,
    private readonly allow: readonly string[],
  ) {}

  visit(construct: IConstruct): void {
    if (construct !== this.target || this.done) return;
    this.done = true;
    const { errors, warnings } = judge(this.model(), this.context, this.allow);
    for (const warning of warnings) Annotations.of(this.target).addWarning(warning);
    if (errors.length > 0) throw new ValidationError(errors);
  }
}
