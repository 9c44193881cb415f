/** `walletdesk verify <input>`: a number, link or message checked against the official directory. */
import type { CAC } from 'cac';
import { verifyContact } from '../../channels/index.js';
import { flagText, requireText, requireWallet } from '../arguments.js';
import { EXIT } from '../exit-codes.js';
import { c, out } from '../output.js';
import type { GlobalFlags } from './global-flags.js';

export function registerVerify(cli: CAC): void {
  cli
    .command('verify <input>', 'Check a phone number, link or whole message against the official directory (exit 2 if suspicious)')
    .option('--wallet <id>', 'The wallet it claims to be')
    .option('--region <cc>', 'ISO 3166 region')
    .option('--locale <zh|en>', 'Language of the reasons')
    .action((input: unknown, o: GlobalFlags & { wallet?: unknown; region?: unknown; locale?: unknown }) => {
      const text = requireText(input, '<input>', 'walletdesk verify "400-123-4567" --wallet alipay');
      const region = flagText(o.region, '--region');
      const locale = flagText(o.locale, '--locale');
      const v = verifyContact(text, {
        ...(o.wallet !== undefined ? { wallet: requireWallet(o.wallet, '--wallet') } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(locale !== undefined ? { locale: locale as 'zh' | 'en' } : {}),
      });
      if (o.json) out(v);
      else {
        const head = v.verdict === 'official' ? c.green('✓ official') : v.verdict === 'suspicious' ? c.red(c.bold('⚠ suspicious')) : c.yellow('? unknown');
        out([head, ...v.reasons.map((r) => `  - ${r.message}`)].join('\n'));
      }
      if (v.verdict === 'suspicious') process.exitCode = EXIT.suspicious;
    });
}
