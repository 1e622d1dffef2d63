import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { fingerprint } from '../../lib/plan/fingerprint';
import { TerraformDataResource } from '../../lib/platform/terraform-data';
import { sensitiveText, terraformText, triggerText } from '../../lib/platform/terraform-text';
import { synthSandbox } from '../helpers/stacks';

function synthInput(build: (stack: TerraformStack) => string): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  new TerraformDataResource(stack, 'data', { input: build(stack) });
  return Object.values(JSON.parse(Testing.synth(stack)).resource.terraform_data)[0] as any;
}

describe('the escaping boundary', () => {
  it('escapes ${ and %{ of literal text once', () => {
    expect(terraformText('a ${B} %{if}')).toBe('a $${B} %%{if}');
    expect(synthInput(() => terraformText('stats auth "${USER}"')).input).toBe('stats auth "$${USER}"');
  });

  it('keeps tokens live inside the text', () => {
    const data = synthInput((stack) => {
      const password = new TerraformVariable(stack, 'password', { type: 'string', sensitive: true });
      return terraformText(`PASS="${password.stringValue}" and \${literal}`);
    });
    expect(data.input).toBe('PASS="${var.password}" and $${literal}');
  });

  it('writes sensitive text as a quoted HCL string, so quotes, backslashes and ${ survive', () => {
    const data = synthInput(() => sensitiveText('"quoted" \\set ${x} %{y}\n'));
    expect(data.input).toBe('${sensitive("\\"quoted\\" \\\\set $${x} %%{y}\\n")}');
  });

  it('interpolates tokens inside sensitive text', () => {
    const data = synthInput((stack) => {
      const password = new TerraformVariable(stack, 'password', { type: 'string', sensitive: true });
      return sensitiveText(`A="${password.stringValue}"\n`);
    });
    expect(data.input).toBe('${sensitive("A=\\"${var.password}\\"\\n")}');
  });

  it('fingerprints plain text now and tokenised text in Terraform', () => {
    expect(fingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const data = synthInput((stack) => triggerText(fingerprint(`x${new TerraformVariable(stack, 'v', { type: 'string' }).stringValue}`)));
    expect(data.input).toBe('${sensitive(sha256("x${var.v}"))}');
  });

  it('checks the Terraform version at most once per synth, not once per resource', () => {
    const childProcess = require('child_process');
    const execSync = jest.spyOn(childProcess, 'execSync');
    const execFileSync = jest.spyOn(childProcess, 'execFileSync');
    try {
      synthSandbox();
      const versionCalls = [...execSync.mock.calls, ...execFileSync.mock.calls].filter((call) => JSON.stringify(call).includes('version'));
      expect(versionCalls.length).toBeLessThanOrEqual(1);
    } finally {
      execSync.mockRestore();
      execFileSync.mockRestore();
    }
  });
});
