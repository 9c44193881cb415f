/**
 * Text normalisation before feature extraction: Unicode NFKC (full-width letters, digits and
 * punctuation become half-width), lower case, and traditional → simplified Chinese for the
 * characters that matter in wallet support, so 帳戶被盜 and 账户被盗 give the same features.
 *
 * The character table is deliberately small (common characters of the domain, one-to-one
 * mappings only); a full OpenCC conversion is out of scope for a package that must stay small.
 */

// Pairs of traditional → simplified characters, written as two parallel strings so the table
// stays readable and cheap to ship. Only unambiguous one-to-one mappings are listed.
const TRADITIONAL =
  '帳賬戶轉錢碼儲額認證詐騙銀號戶頁綁關閉開啟貨幣賣買貸壞頭體廣場單據實際幫護記錄鎖設置驗憑絕確餘額請須內總類網絡線連擊顯機據復還進過選這裡麼麽為無時間聯繫係見點現給們個對發會來後經兩說話變門問題應該讓錯誤僅當從與處長費種卡號擔憂從來嗎員態們氣幾並盜竊偷詢複雜掃聽講讀寫換異異樣條斷續紀務區們資訊訊電郵傳輸視頻圖檔碼鍵歷週期間隱私權風險違規處罰凍結撥導補償損訂購退還據領紅禮積淨淺賺賠餓飯館車東師書習學樂歡專業職醫療藥親屬戰爭輕鬆擁護簡體繁華麗臉識別頭像攝像證件護照駕駛簽約議價產權號碼碼鑰匙辦理獲取儘量盡寬鬆嚴緊緻層級顧客戶務訴訟鑑鑒協調遲延誤筆劃壓縮擴張態標準險驗齊備設計劃撥款轄區盤點' +
  '審註銷閃載裝優匯遺掛舊攔兌冊狀預愛煩謝紐擇帶陸豐萬億塊邊鐘歲臺灣團繳稅貼彈窗嗎啥錶麵該筆陳範圍構術網頁鏈鏈結檢測試邀請獎勵卷綫衝滿遠適證夠撤銷態雙擊綠紐絲敗帐鈔額';
const SIMPLIFIED =
  '账账户转钱码储额认证诈骗银号户页绑关闭开启货币卖买贷坏头体广场单据实际帮护记录锁设置验凭绝确余额请须内总类网络线连击显机据复还进过选这里么么为无时间联系系见点现给们个对发会来后经两说话变门问题应该让错误仅当从与处长费种卡号担忧从来吗员态们气几并盗窃偷询复杂扫听讲读写换异异样条断续纪务区们资讯讯电邮传输视频图档码键历周期间隐私权风险违规处罚冻结拨导补偿损订购退还据领红礼积净浅赚赔饿饭馆车东师书习学乐欢专业职医疗药亲属战争轻松拥护简体繁华丽脸识别头像摄像证件护照驾驶签约议价产权号码码钥匙办理获取尽量尽宽松严紧致层级顾客户务诉讼鉴鉴协调迟延误笔划压缩扩张态标准险验齐备设计划拨款辖区盘点' +
  '审注销闪载装优汇遗挂旧拦兑册状预爱烦谢纽择带陆丰万亿块边钟岁台湾团缴税贴弹窗吗啥表面该笔陈范围构术网页链链结检测试邀请奖励卷线冲满远适证够撤销态双击绿纽丝败账钞额';

const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const from = [...TRADITIONAL];
  const to = [...SIMPLIFIED];
  for (let i = 0; i < from.length; i++) {
    const t = from[i];
    const s = to[i];
    if (t !== undefined && s !== undefined && t !== s) map.set(t, s);
  }
  return map;
})();

const ASCII = /^[\x00-\x7f]*$/;

/** How many UTF-16 code units of a text are looked at; the rest is ignored (see the guide). */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Normalises a help request for feature extraction: keeps the first {@link MAX_TEXT_LENGTH}
 * characters, applies NFKC (full-width → half-width), lower-cases, and maps common traditional
 * Chinese characters to simplified ones.
 *
 * @example
 * ```ts
 * import { normalizeText } from 'walletdesk/classifier';
 * normalizeText('我的帳戶被盜了'); // => '我的账户被盗了'
 * normalizeText('ＴＯＰ－ＵＰ'); // => 'top-up'
 * ```
 */
export function normalizeText(text: string): string {
  const head = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  // Plain ASCII (most English requests) needs no Unicode folding.
  if (ASCII.test(head)) return head.toLowerCase();
  const folded = head.normalize('NFKC').toLowerCase();
  let out = '';
  for (const char of folded) out += TRADITIONAL_TO_SIMPLIFIED.get(char) ?? char;
  return out;
}
