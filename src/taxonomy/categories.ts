/**
 * The problem categories walletdesk routes help requests into, carried from the project's
 * taxonomy (`../shared/data/taxonomy.json`) into typed data that ships with the package.
 *
 * `kind` groups categories the way a support desk routes work: `technical` (app, access,
 * devices), `account` (money movement and balances, 账务), `policy` (rules, rights, security and
 * compliance, 政策). `other` is a real class for anything that is not a wallet request.
 */

/** The id of every category, in taxonomy order. */
export const CATEGORY_IDS = [
  'login_access',
  'app_technical',
  'payment_failed',
  'top_up',
  'withdrawal',
  'transfer',
  'transaction_record',
  'refund_dispute',
  'fees_limits',
  'card_management',
  'unauthorized_transaction',
  'account_compromise',
  'identity_verification',
  'account_profile',
  'account_closure',
  'privacy_security',
  'other',
] as const;

/** A category id, such as `'payment_failed'` or `'other'`. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** How a support desk groups categories, in routing order. */
export const CATEGORY_KINDS = ['technical', 'account', 'policy', 'other'] as const;

/** How a support desk groups categories. */
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

/** One category of the taxonomy with its names in Chinese and English. */
export interface Category {
  /** Stable id, used as the classifier's label. */
  readonly id: CategoryId;
  /** Which team handles it. */
  readonly kind: CategoryKind;
  /** Names for people, by locale. */
  readonly name: { readonly zh: string; readonly en: string };
  /** A few requests that belong here (documentation, not training data). */
  readonly examples: { readonly zh: readonly string[]; readonly en: readonly string[] };
}

/** The whole taxonomy: its categories in a fixed order, and what it is for. */
export interface Taxonomy {
  /** What the taxonomy is for, in one paragraph. */
  readonly about: string;
  /** Every category, `other` last. */
  readonly categories: readonly Category[];
}

function category(
  id: CategoryId,
  kind: CategoryKind,
  zh: string,
  en: string,
  examplesZh: readonly string[],
  examplesEn: readonly string[],
): Category {
  return Object.freeze({
    id,
    kind,
    name: Object.freeze({ zh, en }),
    examples: Object.freeze({ zh: Object.freeze([...examplesZh]), en: Object.freeze([...examplesEn]) }),
  });
}

/**
 * The 16 wallet categories and `other`, as typed, frozen data.
 *
 * @example
 * ```ts
 * import { taxonomy } from 'walletdesk/classifier';
 * taxonomy.categories.length; // => 17
 * taxonomy.categories[0].id; // => 'login_access'
 * taxonomy.categories.find((c) => c.id === 'top_up').name.zh; // => '充值问题'
 * ```
 */
export const taxonomy: Taxonomy = Object.freeze({
  about:
    'The problem categories that walletdesk classifies help requests into. `kind` groups them the way a support desk routes work: technical (app, access, devices), account (money movement and balances: 账务), policy (rules, rights, security and compliance: 政策). `other` is a real class: requests outside wallet support (weather, jokes, unrelated products) must land there, not in the nearest wallet category.',
  categories: Object.freeze([
    category('login_access', 'technical', '登录与密码', 'Login, password and locked account', ['忘记登录密码了怎么办', '账户被锁定无法登录'], ['I forgot my password', 'my account is locked']),
    category('app_technical', 'technical', '应用故障', 'App errors, crashes, updates, devices', ['应用一打开就闪退'], ['the app keeps crashing']),
    category('payment_failed', 'account', '支付失败', 'Payment declined or failed', ['付款一直显示失败'], ['my card payment was declined']),
    category('top_up', 'account', '充值问题', 'Top-up failed, pending or not arrived', ['充值了但余额没到账'], ["my top up hasn't arrived"]),
    category('withdrawal', 'account', '提现问题', 'Withdrawal or cash-out delayed or failed', ['提现三天了还没到银行卡'], ['my withdrawal is still pending']),
    category('transfer', 'account', '转账问题', 'Transfer to a person failed, pending or sent to the wrong recipient', ['转账转错人了'], ['I sent money to the wrong person']),
    category('transaction_record', 'account', '交易记录', 'Transaction history missing, wrong or not updated; statements', ['交易记录没有更新'], ['a transaction is missing from my history']),
    category('refund_dispute', 'account', '退款与商家纠纷', 'Refunds, merchant disputes, goods not received', ['商家一直不给退款'], ["I haven't received my refund"]),
    category('fees_limits', 'account', '费用与限额', 'Fees, exchange rates, limits', ['提现手续费怎么算'], ['why was I charged a fee']),
    category('card_management', 'account', '银行卡管理', 'Linking, unlinking, ordering, activating or losing a card', ['怎么解绑银行卡'], ['how do I link a new card']),
    category('unauthorized_transaction', 'policy', '不明交易申诉', 'A charge or transfer the user did not make', ['账户里有一笔我不认识的扣款'], ["there is a payment I didn't make"]),
    category('account_compromise', 'policy', '账户被盗与诈骗', 'Stolen account, scams, fraud, suspicious calls or messages', ['我的账户被盗了', '有人冒充客服让我转账'], ['someone hacked my account', 'I think I was scammed']),
    category('identity_verification', 'policy', '实名认证', 'Identity verification (KYC) failing or pending', ['实名认证一直不通过'], ['my identity verification failed']),
    category('account_profile', 'policy', '账户信息变更', 'Changing phone number, email, name or other personal details', ['怎么换绑手机号'], ['how do I change my phone number']),
    category('account_closure', 'policy', '注销账户', 'Closing or deleting the account', ['我要注销账户'], ['please delete my account']),
    category('privacy_security', 'policy', '隐私与安全设置', 'Privacy, personal data, two-factor and security settings', ['怎么开启双重验证'], ['how do I turn on two-factor authentication']),
    category('other', 'other', '其他', 'Anything that is not a wallet support request', ['明天天气怎么样'], ["what's the weather tomorrow"]),
  ]),
});

const byId = new Map<string, Category>(taxonomy.categories.map((c) => [c.id, c]));

/**
 * Whether `value` is one of the taxonomy's category ids.
 *
 * @example
 * ```ts
 * import { isCategoryId } from 'walletdesk/classifier';
 * isCategoryId('top_up'); // => true
 * isCategoryId('weather'); // => false
 * ```
 */
export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && byId.has(value);
}

/**
 * The category with this id, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * import { getCategory } from 'walletdesk/classifier';
 * getCategory('account_compromise')?.kind; // => 'policy'
 * getCategory('nope'); // => undefined
 * ```
 */
export function getCategory(id: string): Category | undefined {
  return byId.get(id);
}
