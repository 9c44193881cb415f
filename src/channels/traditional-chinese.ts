/**
 * Folds the traditional Chinese characters that scam scripts use (驗證碼, 帳戶, 凍結, 螢幕分享 …) to
 * simplified ones, so one set of patterns reads messages from Taiwan, Hong Kong and Macau too.
 * A small targeted table, not a general converter.
 */
const PAIRS =
  '驗验證证碼码帳账賬账戶户轉转凍冻結结螢屏遠远製制協协會会議议號号銀银聯联錢钱寶宝騰腾訊讯餘余額额請请將将開开關关閉闭費费貸贷註注銷销徵征險险異异風风禮礼給给發发訴诉們们務务專专員员電电話话撥拨線线熱热買买導导過过時时間间載载軟软體体視视頻频掃扫繳缴納纳幫帮處处麼么這这碼码嗎吗讓让鍵键確确認认詐诈騙骗資资產产額额門门頭头傳传從从達达應应該该點点擊击鏈链網网址址為为與与';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);

/** Replaces the mapped traditional characters in `text` with their simplified forms. */
export function foldTraditional(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  let out = '';
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
