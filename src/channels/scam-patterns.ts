/**
 * The scripts of impersonation scams, in Chinese and English: what fake "customer service"
 * asks for (codes, passwords, screen sharing, a 安全账户 / "safe account", gift cards, an
 * overpayment "refund", 注销校园贷, 百万保障 / 关闭扣费, fees to unfreeze) and the framing around it.
 * Sources for the patterns: the wallets' own "we will never ask" statements carried in the
 * directory (`neverAsks`), and the worked examples in the project's contact data.
 *
 * Each pattern has a weight: 2 alone makes a message suspicious, 1 needs company. Requests for
 * codes and passwords are ignored inside sentences that warn *against* sharing them ("never share
 * this code"), which is what genuine notices say. Every regex is linear (no nested quantifiers).
 */
import type { ReasonCode } from './reasons.js';
import { ASK_WORDS, ASKS_ME_WORDS, CARD_WORDS, CODE_WORDS, MISTAKE_WORDS, NEGATION_WORDS, RETURN_WORDS, SECRET_WORDS } from './scam-languages.js';
import type { NeverAsk } from './schema.js';

/** One scam signal found in a message. */
export interface PatternHit {
  readonly code: ReasonCode;
  readonly weight: 1 | 2;
  /** The matched words. */
  readonly evidence: string;
  /** The matching "never asks" vocabulary entries. */
  readonly neverAsks: ReadonlyArray<NeverAsk['what']>;
}

interface Pattern {
  code: ReasonCode;
  weight: 1 | 2;
  /** All must match the same sentence (or the whole text with `scope: 'text'`). */
  all: RegExp[];
  scope?: 'sentence' | 'text';
  /** Skip sentences that warn against the request. */
  negatable?: boolean;
  neverAsks?: NeverAsk['what'][];
}

// A request aimed at the sender ("read it back", "tell me", "告诉我"), not "we sent you a code".
const ASK_EN =
  /\b(?:read (?:it|them|the|out|back|me)|tell (?:me|us)|give (?:me|us|it)|send (?:me|us|it|them|the|your|back)|share (?:it|them|the|your|with me|with us)|provide (?:the|your|it|us|me)|forward (?:it|the|your|me|us)|reply with|confirm (?:the|your|it)|repeat (?:it|the)|what(?:'s| is| was) (?:the|your)|say (?:it|the)|(?:i|we)(?:'ll| will)? need (?:the|your))\b/;
const ASK_ZH =
  /告诉(?:我|我们|客服|工作人员|对方)|(?:发|发送|转发|报|念|读|说)(?:给|出)(?:我|我们|客服)|(?:发|报|传)过来|发一下|是多少|提供[^。！？\n]{0,8}(?:验证码|密码|卡号|安全码|有效期)|报一下|报出|念一下|截图(?:发|给)/;
const CODE_EN_ZH =
  /\b(?:verification|security|one[- ]?time|otp|sms|text|login|sign[- ]?in|confirmation|authori[sz]ation|access|\d[- ]digit|six[- ]digit|four[- ]digit)\s*(?:code|pin|number|passcode)s?\b|\botp\b|\bcodes?\b|验证码|校验码|动态码|动态密码|短信码|认证码|确认码|[4-8四五六八]位(?:数字|数|码)/;
const ASK = new RegExp(`${ASK_EN.source}|${ASK_ZH.source}|${ASK_WORDS}`);

const PATTERNS: Pattern[] = [
  {
    code: 'asks_for_code',
    weight: 2,
    negatable: true,
    neverAsks: ['sms_code'],
    all: [
      new RegExp(`${CODE_EN_ZH.source}|${CODE_WORDS}`),
      ASK,
    ],
  },
  {
    code: 'asks_for_password',
    weight: 2,
    negatable: true,
    neverAsks: ['password', 'payment_password', 'pin'],
    all: [new RegExp(`\\b(?:password|passcode|pin|cash pin|login details|credentials)\\b|密码|${SECRET_WORDS}`), new RegExp(`${ASK.source}|\\b(?:enter|type)\\b[^.!?\\n]{0,30}\\b(?:here|below|link|reply)|\\b(?:verify|confirm|need) (?:your |the )?(?:[a-z]+ )?(?:password|passcode|pin)\\b`)],
  },
  {
    code: 'asks_for_card_details',
    weight: 2,
    negatable: true,
    neverAsks: ['card_details'],
    all: [new RegExp(`\\b(?:card number|cvv|cvc|expiry date|expiration date|full card|card details)\\b|卡号|有效期|安全码|卡背面|cvv|${CARD_WORDS}`), new RegExp(`${ASK.source}|\\b(?:update|verify|re-?enter|enter)\\b`)],
  },
  {
    code: 'remote_access',
    weight: 2,
    neverAsks: ['remote_access_app'],
    all: [
      /teamviewer|anydesk|rustdesk|todesk|向日葵|quick ?support|quick ?assist|ultraviewer|splashtop|airdroid|远程(?:控制|协助|桌面|操作)|remote (?:access|control|desktop|support app)/,
    ],
  },
  // Sharing a screen is what meetings do; it weighs 2 only where money, an account or a wallet is involved (check-text).
  {
    code: 'remote_access',
    weight: 1,
    neverAsks: ['remote_access_app'],
    all: [/屏幕共享|屏幕分享|共享屏幕|共享(?:你|您)?的?屏幕|share (?:your|the) screen|screen[- ]?shar/],
  },
  { code: 'remote_access', weight: 1, neverAsks: ['remote_access_app'], all: [/腾讯会议|钉钉会议|飞书会议|\bzoom\b|webex|google meet|teams meeting|会议号|meeting (?:id|code|link)/] },
  {
    code: 'safe_account',
    weight: 2,
    neverAsks: ['transfer_to_safe_account'],
    all: [
      /(?:安全|监管|核查|清查|保全|审查|国家)(?:账|帐)(?:户|号)|资金清查|清查(?:账|帐)户|\b(?:safe|secure|safety|protected|holding)\s+(?:bank\s+)?account\b|move (?:your )?(?:money|funds|savings|balance) (?:to|into) (?:a |an )?(?:new|safe|secure|protected)/,
    ],
  },
  // Zelle "reversal": "send the funds back to yourself" — the "yourself" account is the scammer's.
  {
    code: 'safe_account',
    weight: 2,
    scope: 'text',
    neverAsks: ['transfer_to_safe_account'],
    all: [/\b(?:send|transfer|move|wire|zelle|pay)\b[^.!?\n]{0,40}\bto yourself\b/, /\b(?:reverse|reversal|cancel|undo|block|stop|fraud|protect|secure|refund)/],
  },
  {
    code: 'gift_cards',
    weight: 2,
    neverAsks: ['gift_cards'],
    scope: 'text',
    all: [
      /gift ?cards?|itunes cards?|google play cards?|steam cards?|apple gift|礼品卡|充值卡|购物卡|京东e卡|卡密/,
      /\b(?:pay|paid|purchase|send|return|codes?|scratch|redeem|difference|read)\b|支付|发给|卡密|付款|提供/,
    ],
  },
  {
    code: 'overpayment_refund',
    weight: 2,
    scope: 'text',
    all: [
      new RegExp(
        `${String.raw`\b(?:refunded|sent|paid|deposited|credited|transferred|received|refund)\b[^.!?\n]{0,60}\b(?:by mistake|mistakenly|too much|extra|accident|in error|instead of|overpa|due to an? (?:system |technical )?error)|\b(?:accidentally|mistakenly|wrongly|erroneously)\s+(?:sent|paid|transferred|deposited|credited)|\bby accident\b|\bwrong (?:transaction|transfer|person|number|account|recipient)\b|\bover-?(?:pa(?:id|yment)|credit(?:ed)?)\b|多转|多退|转错|多付|多打|误转|多汇|多充`}|${MISTAKE_WORDS}`,
      ),
      new RegExp(
        `${String.raw`\b(?:return|it back|difference)\b|\b(?:send|refund|pay|give|transfer|reverse|wire|zelle)\b[^.!?\n]{0,30}\bback\b|退回|转回|还给|返还|退还|差额`}|${RETURN_WORDS}`,
      ),
    ],
  },
  {
    code: 'loan_to_refund',
    weight: 2,
    scope: 'text',
    all: [/理赔|赔付|退款|赔偿|退费|\brefund|\bcompensation/, /备用金|借呗|花呗|微粒贷|金条|贷款|借款|网贷|\bloan\b|\bborrow|credit line/],
  },
  {
    code: 'pay_to_unfreeze',
    weight: 2,
    neverAsks: ['payment_to_support'],
    all: [
      /解冻|解除冻结|解封|恢复(?:账|帐)户|激活(?:账|帐)户|恢复正常|\b(?:unfreeze|unlock|unblock|reactivate|restore|release|unsuspend|lift the (?:hold|limit))\b/,
      /保证金|手续费|费用|缴纳|交纳|押金|验证金|充值|\b(?:fee|deposit|pay|payment|charge)\b|\$\s?\d/,
    ],
  },
  {
    code: 'fee_to_receive',
    weight: 2,
    negatable: true,
    neverAsks: ['payment_to_support'],
    all: [
      /\bto (?:receive|claim|release|collect|withdraw|get) (?:your|the|this)\b[^.!?\n]{0,50}\b(?:pay|send|transfer)\b[^.!?\n]{0,40}(?:\bfee\b|\$\s?\d)|\bto (?:receive|claim|release|collect|withdraw) (?:your|the|this)\b[^.!?\n]{0,60}\b(?:fee|charge)\b[^.!?\n]{0,20}\b(?:is |are )?(?:required|needed|due)\b|(?:领取|提现|收款|到账)[^。！？\n]{0,20}(?:先|需要?|必须)[^。！？\n]{0,6}(?:缴纳|支付|交|付|转)[^。！？\n]{0,10}(?:费|金)|(?:先|需要?)(?:缴纳|支付|交)[^。！？\n]{0,10}(?:手续费|保证金|激活费|税费|认证费)[^。！？\n]{0,10}(?:才能|方可|才可)(?:提现|领取|到账|收款)/,
    ],
  },
  {
    code: 'task_scam',
    weight: 2,
    negatable: true,
    all: [
      /刷单|刷信誉|做任务[^。！？\n]{0,10}(?:返利|返现|佣金)|垫付[^。！？\n]{0,10}(?:返利|返现|佣金|提现)|(?:点赞|关注|评论|好评)[^。！？\n]{0,10}(?:日结|佣金|返现)|\b(?:prepay|top[- ]?up|deposit)\b[^.!?\n]{0,40}\b(?:unlock|complete)\b[^.!?\n]{0,20}\b(?:tasks?|orders?)\b|\b(?:tasks?|orders?)\b[^.!?\n]{0,30}\bcommissions?\b[^.!?\n]{0,40}\b(?:deposit|prepay|top[- ]?up|pay)\b/,
    ],
  },
  {
    code: 'pay_on_behalf',
    weight: 2,
    scope: 'text',
    all: [
      /(?:帮我|替我|帮忙)[^。！？\n]{0,6}(?:转|付|打|汇)[^。！？\n]{0,12}(?:给|到)(?:这个|以下|下面|他的|她的|对方的?)(?:账号|卡号|账户|帐户|银行卡|卡|支付宝)|\b(?:can|could) you\b[^.!?\n]{0,20}\b(?:send|transfer|pay|wire)\b[^.!?\n]{0,30}\bto (?:this|my friend'?s|the following|his|her) (?:account|card|number)\b/,
      /还(?:你|您)|\bpay you back\b|不方便|限额|被限|\bcan't (?:send|transfer|pay)\b/,
    ],
  },
  {
    code: 'test_payment',
    weight: 2,
    neverAsks: ['test_transaction'],
    all: [/\btest (?:payment|transaction|transfer|deposit)|verification (?:payment|deposit|transfer)|验证金|测试(?:转账|交易|付款)|流水验证|验证流水|核对流水|刷流水/],
  },
  {
    code: 'payment_to_support',
    weight: 2,
    neverAsks: ['payment_to_support'],
    all: [/\$[a-z]*(?:support|help|service|care|refund|team)[a-z]*\b|(?:send|pay|transfer)\b[^.!?\n]{0,30}\bto (?:our|the|a) (?:support|agent|officer|refund) /],
  },
  { code: 'campus_loan', weight: 2, all: [/校园贷|学生贷|注销[^。！？\n]{0,10}(?:贷款|借贷)(?:账|帐)户|student loan account/] },
  {
    code: 'cancel_fee',
    weight: 2,
    neverAsks: ['fee_to_cancel_service'],
    all: [
      /百万保障|百万医疗|关闭(?:自动)?扣费|取消(?:自动)?扣费|关闭[^。！？\n]{0,12}(?:会员|服务|保险)[^。！？\n]{0,12}(?:扣费|收费)|(?:会员|服务|保险)[^。！？\n]{0,12}自动扣费|\b(?:cancel|close|stop)\b[^.!?\n]{0,40}\b(?:subscription|membership|auto-?renew(?:al)?|insurance|plan)\b[^.!?\n]{0,60}\b(?:charged|charge|fee|deducted|billed)|\b(?:charged|deducted|billed)\b[^.!?\n]{0,60}\bunless you (?:cancel|call)/,
    ],
  },
  {
    code: 'family_emergency',
    weight: 2,
    scope: 'text',
    all: [
      /\b(?:new (?:phone )?number|lost my phone|broke my phone|phone (?:is )?broken)\b|换(?:了)?(?:手机)?号(?:码)?了|这是我的新号|手机(?:丢|坏)了/,
      /\b(?:send|transfer|wire|venmo|zelle|cash ?app|pay)\b[^.!?\n]{0,30}(?:\$\s?\d|money|funds)|转(?:账|给我|我|点钱)|给我转|借(?:我|点钱)|打(?:点)?钱|汇(?:款|钱)/,
    ],
  },
  {
    code: 'cancel_fee',
    weight: 2,
    scope: 'text',
    all: [/\b(?:charged|billed|order(?:ed)?|purchase|subscription|renew(?:ed|al)|invoice)\b[^\n]{0,80}\b(?:call|dial|contact)\b[^.!?\n]{0,40}\bto (?:cancel|dispute|stop|get a refund)/],
  },
  {
    code: 'credit_record_threat',
    weight: 2,
    all: [/征信[^。！？\n]{0,8}(?:影响|受损|不良|修复|污点|黑名单|有问题|异常|逾期)|(?:影响|损害|修复)[^。！？\n]{0,6}征信|credit (?:score|record|report|history)[^.!?\n]{0,30}(?:affect|damag|ruin|hurt|impact|lower)/],
  },
  { code: 'credit_record_threat', weight: 1, all: [/征信/] },
  {
    code: 'police_impersonation',
    weight: 2,
    negatable: true,
    all: [/涉嫌洗钱|洗钱|公安局|警官|检察院|法院传票|通缉|逮捕令|money laundering|arrest warrant|police officer|federal agent|customs seized/],
  },
  {
    code: 'impersonates_support',
    weight: 1,
    all: [
      /我是[^。！？\n]{0,12}(?:客服|工作人员|专员|官方)|(?:客服|专员|理赔员|客服中心)\s*[：:]|\b(?:this is|i am|i'm|we are|calling from|message from)\b[^.!?\n]{0,30}\b(?:support|customer service|security team|fraud (?:team|department)|billing)|^\W{0,3}[^\n:：]{0,24}\b(?:support|billing|security|service)\s*[:：]/,
    ],
  },
  {
    code: 'account_problem_claim',
    weight: 1,
    all: [
      /(?:账|帐)(?:户|号)[^。！？\n]{0,6}(?:风险|异常|违规|冻结|限制|封禁|被盗)|(?:零钱|余额|钱包|微信号|花呗|借呗)[^。！？\n]{0,12}(?:风险|异常|违规|冻结|限制|封禁|被盗)|(?:已|将)被(?:限制|限额|冻结)|名下[^。！？\n]{0,12}(?:异常|风险|违规|贷款|欠款)|已被冻结|将被冻结|(?:冻结|封禁|注销)(?:你|您)的|\byour (?:[a-z-]+ ){0,2}(?:account|card|wallet|kyc|sim|upi)\b[^.!?\n]{0,40}\b(?:has been|will be|is|was|been)\b[^.!?\n]{0,12}\b(?:suspended|locked|frozen|limited|restricted|compromised|closed|deactivated|blocked|hacked|flagged|disabled|expired|pending)|\b(?:account|wallet|card|sim)\b (?:will be|is being|has been) (?:suspended|locked|frozen|closed|deactivated|blocked|disabled)|\bkyc\b[^.!?\n]{0,20}\b(?:pending|expired|incomplete|update|suspended|blocked)|unusual activity|suspicious (?:activity|login|transaction)|unauthori[sz]ed (?:access|login)/,
    ],
  },
  {
    code: 'urgency',
    weight: 1,
    all: [
      /立即|马上|立刻|尽快|(?<!\d)\d+\s*小时内|今天之内|今日内|限时|否则|\b(?:immediately|right away|within \d+ (?:hours?|minutes?)|urgent|asap|final notice|or your account will)\b|\b(?:blocked|suspended|closed|deactivated|frozen|locked|disabled) (?:today|tonight|by midnight)\b/,
    ],
  },
  {
    code: 'secrecy',
    weight: 1,
    all: [/不要告诉(?:家人|家里人|亲友|朋友|银行|警察|别人这件事)|(?:对|向)(?:家人|银行)保密|\b(?:don't|do not) tell (?:anyone|your (?:family|bank|spouse))|keep (?:this|it) (?:a )?(?:secret|confidential)/],
  },
  {
    code: 'video_call_payment',
    weight: 2,
    neverAsks: ['video_call_payment'],
    all: [/视频(?:通话|聊天)?[^。！？\n]{0,20}(?:付款|支付|转账|扫码|收款码|付款码)|video call[^.!?\n]{0,40}\b(?:pay|payment|scan|qr)\b/],
  },
  {
    code: 'login_link',
    weight: 1,
    neverAsks: ['login_via_link'],
    all: [
      /(?:点击|打开|访问)[^。！？\n]{0,6}链接[^。！？\n]{0,20}(?:登录|验证|认证|解冻|处理|更新|激活)|\b(?:click|tap|follow|open|visit)\b[^.!?\n]{0,30}\b(?:link|url|below)\b[^.!?\n]{0,40}\b(?:log ?in|sign ?in|verify|confirm|update|unlock|restore|reactivate)|\b(?:log ?in|sign ?in|verify)\b[^.!?\n]{0,30}\b(?:at|via|using|through) (?:this|the following|the) link/,
    ],
  },
  {
    code: 'install_app',
    weight: 1,
    all: [/下载[^。！？\n]{0,15}(?:app|软件|客户端|apk|会议)|安装[^。！？\n]{0,10}(?:app|软件)|\b(?:download|install)\b[^.!?\n]{0,30}\b(?:app|apk|application|software)\b/],
  },
  {
    code: 'off_platform_contact',
    weight: 1,
    all: [/(?:加|添加)[^。！？\n]{0,8}(?:微信|qq|企业微信)|\b(?:add|message|contact|text)\b[^.!?\n]{0,20}\b(?:whatsapp|telegram|signal|wechat)\b|\b(?:whatsapp|telegram)\b[^.!?\n]{0,20}\b(?:us|me|agent|support)\b/],
  },
  {
    code: 'refund_lure',
    weight: 1,
    all: [/(?:快递|包裹)[^。！？\n]{0,6}(?:丢失|破损|损坏)|(?:双倍|三倍|加倍)赔(?:付|偿)|领取[^。！？\n]{0,6}(?:退款|赔偿|补偿|理赔|赔付)|(?:退款|赔偿|补偿|理赔)[^。！？\n]{0,30}领取|每人(?:补偿|赔偿)|航班[^。！？\n]{0,20}(?:取消|延误)[^。！？\n]{0,40}(?:补偿|赔偿|理赔)|\bto (?:receive|claim) your [^.!?\n]{0,12}(?:refund|compensation)\b|\b(?:refund|compensation|reimbursement) (?:is |has been )?(?:ready|pending|approved|available)\b|\bclaim your (?:refund|compensation|prize|reward)\b/],
  },
  { code: 'crypto_payment', weight: 1, all: [/\bbitcoin|\bbtc\b|\busdt\b|\bcrypto(?:currency)?\b|比特币|泰达币|虚拟币|\bwire transfer\b|western union|moneygram/] },
];

const NEGATION = new RegExp(`\\b(?:never|don't|do not|not to|won't|will not|no one|nobody|beware)\\b|不要|切勿|请勿|勿|不会|绝不|谨防|警惕|严禁|不得|别|防范|提醒|${NEGATION_WORDS}`);
const ASKS_ME = new RegExp(`\\b(?:tell me|read it (?:back|to me)|send (?:it|them) to (?:me|us)|give (?:it|them) to (?:me|us))\\b|告诉我|发给我|报给我|念给我|读给我|${ASKS_ME_WORDS}`);

/** Every regular expression the scan runs over a message, for the linear-time guard test. */
export const SCAN_REGEXES: readonly RegExp[] = [ASK, NEGATION, ASKS_ME, ...PATTERNS.flatMap((p) => p.all)];

/** Splits a message into sentences for pattern scope and negation. */
function sentences(text: string): string[] {
  return text.split(/[。！？!?;；\n।]+|\.(?:\s|$)/).filter((s) => s.trim().length > 0);
}

/** Result of scanning a message for scam patterns. */
export interface PatternScan {
  hits: PatternHit[];
  /** True when a code/password was mentioned only as a warning not to share it. */
  safetyAdvice: boolean;
}

/** Scans lower-cased, NFKC-normalised text for scam patterns; one hit per code (the heaviest). */
export function scanPatterns(text: string): PatternScan {
  const parts = sentences(text);
  const byCode = new Map<ReasonCode, PatternHit>();
  let safetyAdvice = false;
  for (const pattern of PATTERNS) {
    const existing = byCode.get(pattern.code);
    if (existing && existing.weight >= pattern.weight) continue;
    // Cheap whole-text prefilter: most patterns do not occur at all.
    if (!(pattern.negatable ? pattern.all[0]!.test(text) : pattern.all.every((re) => re.test(text)))) continue;
    const scopes = pattern.scope === 'text' ? [text] : parts;
    for (const scope of scopes) {
      if (pattern.negatable && NEGATION.test(scope) && !ASKS_ME.test(scope) && pattern.all[0]!.test(scope)) {
        safetyAdvice = true;
        continue;
      }
      let evidence: string | undefined;
      for (const re of pattern.all) {
        const match = re.exec(scope);
        if (!match) {
          evidence = undefined;
          break;
        }
        evidence ??= match[0];
      }
      if (evidence === undefined) continue;
      byCode.set(pattern.code, { code: pattern.code, weight: pattern.weight, evidence: evidence.trim(), neverAsks: pattern.neverAsks ?? [] });
      break;
    }
  }
  return { hits: [...byCode.values()], safetyAdvice };
}
