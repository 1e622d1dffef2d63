import { RULE_CODES, SANDBOX_SECRETS, SECRET_ALPHABET, SECRET_ALPHABET_TEXT } from '../../../lib/model';
import { secretPairs } from './cases/secrets';
import { describeRules } from './support';

describeRules('Secrets', secretPairs);

describe('the secret alphabet', () => {
  it('has a rule for every platform secret', () => {
    for (const field of Object.keys(SANDBOX_SECRETS)) expect(RULE_CODES).toContain(`secret-${field}`);
  });

  it('is described by SECRET_ALPHABET_TEXT, character for character', () => {
    const [, min, max, list] = /^(\d+) to (\d+) characters from (.+)$/.exec(SECRET_ALPHABET_TEXT) ?? [];
    const allowed = new Set<string>();
    for (const item of list.split(' ')) {
      const range = /^(.)-(.)$/.exec(item);
      if (range === null) allowed.add(item);
      else for (let c = range[1].charCodeAt(0); c <= range[2].charCodeAt(0); c++) allowed.add(String.fromCharCode(c));
    }
    for (let c = 0x20; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      expect([ch, SECRET_ALPHABET.test(ch.repeat(Number(min)))]).toEqual([ch, allowed.has(ch)]);
    }
    expect(SECRET_ALPHABET.test('a'.repeat(Number(min) - 1))).toBe(false);
    expect(SECRET_ALPHABET.test('a'.repeat(Number(max)))).toBe(true);
    expect(SECRET_ALPHABET.test('a'.repeat(Number(max) + 1))).toBe(false);
  });
});
