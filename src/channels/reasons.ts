/**
 * The evidence behind a verdict, in words a non-technical user understands, in Chinese and
 * English. Each reason has a stable `code` (safe to switch on; never changes meaning) and a
 * `severity`; `message` is in the verdict's locale, `messageEn` / `messageZh` are always both set.
 */

/** Languages reasons are written in. */
export type ReasonLocale = 'en' | 'zh';

/** How a reason weighs: `official` confirms, `danger` alone makes a contact suspicious, `warning` is a caution, `info` is context. */
export type ReasonSeverity = 'official' | 'danger' | 'warning' | 'info';

/** One piece of evidence behind a verdict. */
export interface Reason {
  /** Stable machine-readable code, e.g. `'lookalike_domain'`. */
  readonly code: ReasonCode;
  readonly severity: ReasonSeverity;
  /** The message in the verdict's locale. */
  readonly message: string;
  readonly messageEn: string;
  readonly messageZh: string;
  /** The part of the input this is about (a number, a host, a matched phrase). */
  readonly evidence?: string;
}

/** Values interpolated into messages. */
export interface ReasonParams {
  wallet?: string;
  walletZh?: string;
  other?: string;
  otherZh?: string;
  value?: string;
  host?: string;
  domain?: string;
  list?: string;
  source?: string;
  checkedAt?: string;
  detail?: string;
  detailZh?: string;
}

type Template = (p: ReasonParams) => readonly [en: string, zh: string];

/** Every reason code with its severity and its English and Chinese sentence. */
const T = {
  // ---------- phone ----------
  official_number: [
    'official',
    (p) => [
      `This is ${p.wallet}'s official number (${p.value}), published at ${p.source} (checked ${p.checkedAt}).`,
      `这是${p.walletZh}的官方号码（${p.value}），来源：${p.source}（核实于 ${p.checkedAt}）。`,
    ],
  ],
  ivr_option: [
    'info',
    (p) => [`Dial ${p.value}, then choose ${p.detail} in the voice menu.`, `拨打 ${p.value} 后在语音菜单中按 ${p.detail}。`],
  ],
  vanity_alias: [
    'info',
    (p) => [
      `The letters are a phone-keypad spelling of ${p.value}, which ${p.wallet} publishes.`,
      `字母是按电话键盘拼写的号码，对应 ${p.value}，是${p.walletZh}公布的号码。`,
    ],
  ],
  obscured_number: [
    'danger',
    (p) => [
      `The number is written with ${p.detail}: spam pages do this to slip past filters. Real support pages write numbers plainly.`,
      `号码中夹杂了${p.detailZh}：这是垃圾网页躲避过滤的手法，官方客服页面不会这样写号码。`,
    ],
  ],
  obscured_but_official: [
    'warning',
    (p) => [
      `The digits are ${p.wallet}'s real number (${p.value}), but ${p.wallet} never writes it with ${p.detail}: the page or message it came from is not ${p.wallet}'s. If you need ${p.wallet}, dial ${p.value} yourself.`,
      `数字本身是${p.walletZh}的真实号码（${p.value}），但${p.walletZh}不会这样夹杂${p.detailZh}来写：你看到它的网页或消息不是${p.walletZh}发的。如需联系${p.walletZh}，请自己拨打 ${p.value}。`,
    ],
  ],
  number_not_listed: [
    'danger',
    (p) => [
      `${p.wallet} does not publish this number. Its official numbers are: ${p.list}.`,
      `${p.walletZh}没有公布过这个号码。它的官方号码是：${p.list}。`,
    ],
  ],
  unverified_number: [
    'danger',
    (p) => [
      `Only pages that are not ${p.wallet}'s present this as ${p.wallet}'s contact (e.g. ${p.source}); ${p.wallet} itself does not publish it.`,
      `只有非${p.walletZh}官方的网页说这是${p.walletZh}的联系方式（如 ${p.source}），${p.walletZh}自己并未公布。`,
    ],
  ],
  unverified_attribution: [
    'warning',
    (p) => [
      `Some unofficial pages attribute this contact to ${p.wallet} (e.g. ${p.source}), but ${p.wallet} does not publish it.`,
      `一些非官方网页说这是${p.walletZh}的联系方式（如 ${p.source}），但${p.walletZh}并未公布。`,
    ],
  ],
  belongs_to_other_wallet: [
    'danger',
    (p) => [
      `This is ${p.other}'s ${p.detail ?? 'contact'}, not ${p.wallet}'s: someone presenting it as ${p.wallet} is mistaken or lying.`,
      `这是${p.otherZh}的${p.detailZh ?? '联系方式'}，不是${p.walletZh}的：把它说成${p.walletZh}的，不是弄错了就是在骗人。`,
    ],
  ],
  no_phone_line: [
    'danger',
    (p) => [
      `${p.wallet} has no public support phone line (${p.source}). A "${p.wallet} support number" is not ${p.wallet}.`,
      `${p.walletZh}没有对外的客服电话（${p.source}）。所谓"${p.walletZh}客服电话"都不是${p.walletZh}。`,
    ],
  ],
  account_specific_numbers: [
    'warning',
    (p) => [
      `${p.wallet} shows its support numbers only inside your account (Help page after you log in). Check there instead of trusting a number you were given.`,
      `${p.walletZh}只在登录后的帮助页面显示客服号码。请去那里核对，不要相信别人给你的号码。`,
    ],
  ],
  no_sourced_phone: [
    'info',
    (p) => [
      `We have no sourced phone number for ${p.wallet}, so we can neither confirm nor refute this one. Find contact details inside ${p.wallet}'s app or website.`,
      `我们没有${p.walletZh}有来源的客服号码，无法确认或否定这个号码。请在${p.walletZh}的 App 或官网里查找联系方式。`,
    ],
  ],
  personal_mobile: [
    'warning',
    () => [
      'This is a personal mobile number; wallet customer service does not use personal mobiles.',
      '这是个人手机号；钱包官方客服不会使用个人手机号。',
    ],
  ],
  not_in_directory: [
    'info',
    () => [
      'This contact is not in the directory of official channels, and no wallet was named: nothing to confirm or refute.',
      '这个联系方式不在官方渠道目录中，也没有指明是哪个钱包：无法确认或否定。',
    ],
  ],
  not_a_phone_number: ['info', () => ['This does not look like a phone number.', '这看起来不是电话号码。']],
  bank_number: [
    'info',
    (p) => [
      `The message gives ${p.value} as a bank's number ("${p.detail}"), not a wallet's. Banks are not in this directory, so it is neither confirmed nor refuted: check it against the back of your card or the bank's own app.`,
      `消息里 ${p.value} 是作为银行的号码提到的（“${p.detail}”），不是钱包的号码。本目录不含银行，无法确认或否定：请对照银行卡背面或银行官方 App 核实。`,
    ],
  ],
  merchant_number: [
    'info',
    (p) => [
      `The message gives ${p.value} as a shop's or merchant's number ("${p.detail}"), not a wallet's. Merchants are not in this directory, so it is neither confirmed nor refuted: check it on the merchant's own order page or app.`,
      `消息里 ${p.value} 是作为商家的号码提到的（“${p.detail}”），不是钱包的号码。本目录不含商家，无法确认或否定：请在商家自己的订单页或 App 里核实。`,
    ],
  ],
  reference_number: [
    'info',
    (p) => [
      `${p.value} looks like an order, transaction or tracking number, not a phone number, so it was not checked as one.`,
      `${p.value} 看起来是订单号、交易号或快递单号，不是电话号码，因此没有按电话号码核对。`,
    ],
  ],
  outbound_only: [
    'info',
    (p) => [
      `${p.wallet} only calls out from this number; you cannot call it for help.`,
      `${p.walletZh}只用这个号码打出电话，不能拨打它求助。`,
    ],
  ],
  official_callback: [
    'info',
    (p) => [
      `${p.wallet} says it calls customers from this number. Caller ID can still be faked: if the caller asks for a code, a password or a transfer, hang up and call ${p.wallet} yourself${p.list ? ` on ${p.list}` : ' from its app'}.`,
      `${p.walletZh}公布过用这个号码给用户打电话。但来电显示可以伪造：如果对方索要验证码、密码或要求转账，请挂断，自己${p.list ? `拨打 ${p.list} ` : '在 App 内'}联系${p.walletZh}。`,
    ],
  ],
  unconfirmed_callback: [
    'danger',
    (p) => [
      `${p.wallet} does not publish this number as one it calls from${p.value ? ` (it calls only from ${p.value})` : ''}, so a "callback" from it is not confirmed. Hang up, and call the official number yourself${p.list ? `: ${p.list}` : ', from the app'}.`,
      `${p.walletZh}没有公布过用这个号码${p.value ? `回访（它只用 ${p.value} 打出）` : '回访'}，这通"回访"电话无法确认。请挂断，自己拨打官方号码${p.list ? `：${p.list}` : '（在 App 内查找）'}。`,
    ],
  ],
  callback_check: [
    'info',
    () => [
      'We cannot tell who called from this number. If the caller says they are a wallet\'s support, hang up, and call the official number yourself.',
      '无法确认这个号码是谁打来的。如果对方自称某个钱包的客服，请挂断，自己拨打官方号码。',
    ],
  ],
  sales_line: [
    'info',
    (p) => [`This is ${p.wallet}'s sales line, not its support line.`, `这是${p.walletZh}的销售热线，不是客服热线。`],
  ],
  report_only: [
    'info',
    (p) => [
      `This ${p.wallet} contact is only for reporting fraud or phishing, not for getting help.`,
      `这个${p.walletZh}联系方式只用于举报诈骗或钓鱼，不提供客服帮助。`,
    ],
  ],
  card_block_only: [
    'info',
    (p) => [`This ${p.wallet} line is only for cancelling a card (${p.detail}).`, `这条${p.walletZh}热线只用于挂失/注销卡片（${p.detail}）。`],
  ],
  merchant_line: [
    'info',
    (p) => [`This ${p.wallet} contact is for merchants.`, `这个${p.walletZh}联系方式面向商户。`],
  ],
  other_region: [
    'info',
    (p) => [`This ${p.wallet} contact serves ${p.detail}.`, `这个${p.walletZh}联系方式服务于 ${p.detail} 地区。`],
  ],
  // ---------- url ----------
  official_domain: [
    'official',
    (p) => [
      `${p.host} belongs to ${p.wallet}: ${p.domain} is one of its own domains.`,
      `${p.host} 属于${p.walletZh}：${p.domain} 是它自己的域名。`,
    ],
  ],
  official_channel: [
    'official',
    (p) => [
      `This is ${p.wallet}'s listed ${p.detail} (${p.value}), published at ${p.source} (checked ${p.checkedAt}).`,
      `这是${p.walletZh}登记的官方${p.detailZh}（${p.value}），来源：${p.source}（核实于 ${p.checkedAt}）。`,
    ],
  ],
  user_content_host: [
    'danger',
    (p) => [
      `${p.host} hosts pages anyone can publish: a page there is not ${p.wallet ?? 'a wallet'}, whatever name it uses.`,
      `${p.host} 上的网页任何人都能发布：即使用了${p.walletZh ?? '钱包'}的名字，也不是官方。`,
    ],
  ],
  wallet_user_content_neutral: [
    'warning',
    (p) => [
      `Pages and payment links on ${p.host} belong to individual users; this is not ${p.wallet}'s support.`,
      `${p.host} 上的页面和收款链接属于个人用户，不是${p.walletZh}客服。`,
    ],
  ],
  email_not_listed: [
    'danger',
    (p) => [
      `${p.wallet}'s own addresses end in ${p.list}; this address is on ${p.domain}.`,
      `${p.walletZh}的官方邮箱域名是 ${p.list}；这个地址属于 ${p.domain}。`,
    ],
  ],
  user_content_host_neutral: [
    'info',
    (p) => [`${p.host} hosts pages anyone can publish; it is not a wallet's own site.`, `${p.host} 上的网页任何人都能发布，不是钱包的官方网站。`],
  ],
  wallet_user_content: [
    'danger',
    (p) => [
      `Pages and payment links on ${p.host} belong to individual users, not to ${p.wallet}'s support. Do not pay or call anything found there.`,
      `${p.host} 上的页面和收款链接属于个人用户，不是${p.walletZh}客服。不要向那里付款或拨打上面的号码。`,
    ],
  ],
  punycode: [
    'danger',
    (p) => [
      `The address contains encoded international letters (xn--) and displays as “${p.detail}”: a way to imitate a real name.`,
      `网址含有编码过的外文字符（xn--），显示为“${p.detail}”：常用来冒充真实网址。`,
    ],
  ],
  mixed_scripts: [
    'danger',
    (p) => [
      `The name “${p.detail}” mixes alphabets (such as Latin and Cyrillic) that look alike: a classic look-alike trick.`,
      `名称“${p.detail}”混用了外形相似的不同文字（如拉丁字母和西里尔字母）：典型的仿冒手法。`,
    ],
  ],
  confusable_domain: [
    'danger',
    (p) => [
      `${p.domain} is made to look like ${p.other} (${p.wallet}'s) by swapping look-alike characters.`,
      `${p.domain} 用形似字符替换，伪装成${p.walletZh}的 ${p.other}。`,
    ],
  ],
  lookalike_domain: [
    'danger',
    (p) => [
      `${p.domain} is one or two letters away from ${p.other} (${p.wallet}'s): a look-alike address.`,
      `${p.domain} 与${p.walletZh}的 ${p.other} 只差一两个字母：是仿冒网址。`,
    ],
  ],
  same_name_other_domain: [
    'warning',
    (p) => [
      `${p.domain} uses the name of ${p.wallet}'s site but is not one of its listed domains (${p.list}): it may be a local site of the company, or someone else's.`,
      `${p.domain} 与${p.walletZh}的网站同名，但不在其登记的域名（${p.list}）之列：可能是该公司的地区站点，也可能是别人的网站。`,
    ],
  ],
  brand_in_domain: [
    'danger',
    (p) => [
      `“${p.detail}” appears in the address, but the site is ${p.domain}, which does not belong to ${p.wallet}.`,
      `网址里出现了“${p.detail}”，但真正的网站是 ${p.domain}，不属于${p.walletZh}。`,
    ],
  ],
  brand_in_path: [
    'danger',
    (p) => [
      `The link uses ${p.wallet}'s name in its path, but the site is ${p.domain}, which does not belong to ${p.wallet}.`,
      `链接路径里用了${p.walletZh}的名字，但网站是 ${p.domain}，不属于${p.walletZh}。`,
    ],
  ],
  url_shortener: [
    'danger',
    (p) => [
      `${p.host} is a link shortener: it hides where the link really goes. Wallet support pages do not need one.`,
      `${p.host} 是短链接服务，会隐藏真实去向。钱包官方客服页面不需要短链接。`,
    ],
  ],
  userinfo_trick: [
    'danger',
    (p) => [
      `Everything before “@” in this link is ignored by the browser: it really opens ${p.host}.`,
      `链接中“@”之前的部分会被浏览器忽略：它实际打开的是 ${p.host}。`,
    ],
  ],
  ip_address_host: [
    'danger',
    (p) => [`The link goes to a bare IP address (${p.host}) instead of a named site.`, `链接指向一个裸 IP 地址（${p.host}），而不是正规网站。`],
  ],
  dangerous_scheme: [
    'danger',
    (p) => [`“${p.detail}:” links can run code or hide their content.`, `“${p.detail}:” 链接可以运行代码或隐藏内容。`],
  ],
  not_https: [
    'warning',
    () => ['The link is not encrypted (http, not https).', '链接未加密（http 而非 https）。'],
  ],
  embedded_url: [
    'warning',
    (p) => [
      `The link carries another address inside it (${p.detail}): if it forwards you there, that page is not checked.`,
      `链接里还夹带了另一个网址（${p.detail}）：如果它把你转到那里，那个页面并未经过核实。`,
    ],
  ],
  unusual_port: [
    'warning',
    (p) => [`The link uses an unusual port (${p.detail}).`, `链接使用了不常见的端口（${p.detail}）。`],
  ],
  company_domain_not_listed: [
    'warning',
    (p) => [
      `${p.domain} belongs to the company behind ${p.wallet}, but ${p.host} is not one of its support addresses; parts of ${p.domain} carry anyone's content.`,
      `${p.domain} 属于${p.walletZh}背后的公司，但 ${p.host} 不是它的客服地址；${p.domain} 下有些站点任何人都能发布内容。`,
    ],
  ],
  not_official_domain: [
    'danger',
    (p) => [
      `${p.wallet}'s own sites are ${p.list}; this link goes to ${p.domain}.`,
      `${p.walletZh}的官方网站是 ${p.list}；这个链接指向 ${p.domain}。`,
    ],
  ],
  no_sourced_domain: [
    'info',
    (p) => [
      `We have no sourced website for ${p.wallet}, so we can neither confirm nor refute this link.`,
      `我们没有${p.walletZh}有来源的官网记录，无法确认或否定这个链接。`,
    ],
  ],
  invalid_url: ['info', () => ['This is not a valid web address.', '这不是有效的网址。']],
  // ---------- email ----------
  official_email_domain: [
    'official',
    (p) => [
      `The address is on ${p.domain}, one of ${p.wallet}'s own domains. (A message can still fake its sender: reply only through the app or website.)`,
      `该地址属于${p.walletZh}自己的域名 ${p.domain}。（邮件发件人可以伪造：请只通过 App 或官网回复。）`,
    ],
  ],
  free_email_provider: [
    'danger',
    (p) => [
      `${p.domain} is a free email service anyone can sign up to; ${p.wallet ?? 'a wallet'}'s support does not write from it.`,
      `${p.domain} 是任何人都能注册的免费邮箱；${p.walletZh ?? '钱包'}客服不会用它联系你。`,
    ],
  ],
  // ---------- text ----------
  asks_for_code: [
    'danger',
    () => [
      'It asks you to share a verification code (SMS/OTP). Real staff never ask for it: whoever has the code can take over your account or money.',
      '要求你提供验证码（短信/动态码）。真正的客服从不索要验证码：拿到验证码就能盗用你的账户和钱。',
    ],
  ],
  asks_for_password: [
    'danger',
    () => [
      'It asks for a password or PIN. No real support agent ever needs it.',
      '要求你提供密码或支付密码。真正的客服永远不需要你的密码。',
    ],
  ],
  asks_for_card_details: [
    'danger',
    () => [
      'It asks for your card number, expiry date or security code (CVV).',
      '要求你提供银行卡号、有效期或安全码（CVV）。',
    ],
  ],
  remote_access: [
    'danger',
    (p) => [
      `It asks you to share your screen or install a remote-control / meeting app (${p.detail}). That lets them watch your codes and move your money.`,
      `要求你共享屏幕或安装远程控制/会议软件（${p.detail}）。这样对方能看到你的验证码并转走你的钱。`,
    ],
  ],
  safe_account: [
    'danger',
    () => [
      'It asks you to move money to a "safe account". There is no such thing: the account belongs to the scammer.',
      '要求你把钱转到"安全账户"。根本不存在安全账户：那是骗子的账户。',
    ],
  ],
  fee_to_receive: [
    'danger',
    () => [
      'It asks you to pay a fee before you can receive money (a payment, prize, refund or compensation). Money owed to you never needs a fee first.',
      '要求你先交钱才能收到钱（货款、奖金、退款或赔偿）。真正给你的钱从不需要先交费。',
    ],
  ],
  task_scam: [
    'danger',
    () => [
      'It offers paid "tasks" (liking, rating, placing orders) that need you to pay or advance money first: the task / 刷单 scam.',
      '以"刷单""做任务返佣"为名，要求你先垫付或充值：这是刷单返利诈骗。',
    ],
  ],
  pay_on_behalf: [
    'danger',
    () => [
      'Someone asks you to pay a third party\'s account for them ("help me transfer to this account, I\'ll pay you back"). Call the person on the number you already know before sending anything.',
      '对方让你替他把钱转到另一个账户（"帮我转给这个账号，晚点还你"）。转账前请先用你原来知道的号码打电话核实本人。',
    ],
  ],
  lure_with_contact: [
    'warning',
    () => [
      'An unexpected refund or compensation offer asks you to call or open a contact that cannot be confirmed. Real refunds are handled in the app or on the company\'s own website.',
      '主动提出的退款或赔偿，却让你拨打或打开一个无法确认的联系方式。真正的退款会在官方 App 或官网内处理。',
    ],
  ],
  gift_cards: [
    'danger',
    () => ['It asks for payment in gift cards. No wallet or company collects money that way.', '要求用礼品卡/充值卡付款。正规公司不会这样收钱。'],
  ],
  overpayment_refund: [
    'danger',
    () => [
      'It claims you were refunded or paid too much and must send the difference back: the "overpayment" is fake.',
      '声称多退/多付了钱要你退还差额：所谓"多付"是假的。',
    ],
  ],
  loan_to_refund: [
    'danger',
    () => [
      'It asks you to borrow money (a loan or credit line) in order to receive a refund or compensation. Real refunds never need that.',
      '要求你借款（贷款、备用金、借呗等）才能拿到退款或赔偿。真正的退款从不需要这样做。',
    ],
  ],
  pay_to_unfreeze: [
    'danger',
    () => [
      'It asks for a fee or deposit to unfreeze or restore an account. Wallets never charge to unfreeze an account.',
      '要求缴纳费用或保证金才能解冻/恢复账户。钱包解冻账户从不收费。',
    ],
  ],
  test_payment: [
    'danger',
    () => [
      'It asks for a "test" or "verification" payment. Support never asks you to send money, however small.',
      '要求做"测试"或"验证"转账。客服从不让你转钱，金额再小也不会。',
    ],
  ],
  payment_to_support: [
    'danger',
    () => ['It asks you to send money to "support". Support never collects payments.', '要求你给"客服"转账。客服从不收款。'],
  ],
  campus_loan: [
    'danger',
    () => [
      'It says you must close a "student loan" (校园贷) account or your credit record suffers: a common impersonation script.',
      '声称必须注销"校园贷"账户否则影响征信：这是常见的冒充客服诈骗话术。',
    ],
  ],
  cancel_fee: [
    'danger',
    () => [
      'It says a service (百万保障, a membership, insurance) will charge you unless you follow their steps to close it: a common impersonation script.',
      '声称某项服务（百万保障、会员、保险）会自动扣费，要按他们的步骤关闭：这是常见的冒充客服诈骗话术。',
    ],
  ],
  family_emergency: [
    'danger',
    () => [
      'Someone says they have a new number and asks for money: call the person on the number you already know before sending anything.',
      '对方自称换了号码并向你要钱：转账前请先用你原来知道的号码打电话核实本人。',
    ],
  ],
  credit_record_threat: [
    'warning',
    () => ['It threatens your credit record (征信) to pressure you.', '用"影响征信"来向你施压。'],
  ],
  impersonates_support: [
    'warning',
    () => [
      'The message introduces itself as customer service. Anyone can say that; real staff do not contact you out of the blue about problems.',
      '对方自称客服。谁都可以这么说；真正的客服不会主动联系你说账户有问题。',
    ],
  ],
  account_problem_claim: [
    'warning',
    () => [
      'It claims your account has a problem (frozen, at risk, suspicious activity). Check in the app yourself, never through the message.',
      '声称你的账户有问题（冻结、风险、异常）。请自己打开 App 核实，不要通过这条消息操作。',
    ],
  ],
  police_impersonation: [
    'danger',
    () => [
      'It talks about money laundering, the police or a court case: impersonating authorities is a classic scam script.',
      '提到洗钱、公安、法院等：冒充公检法是典型诈骗话术。',
    ],
  ],
  urgency: [
    'warning',
    () => ['It pushes you to act immediately. Pressure is a scam tactic.', '催促你立即行动。制造紧迫感是诈骗常用手法。'],
  ],
  secrecy: [
    'warning',
    () => ['It tells you to keep it secret from family or your bank.', '要求你对家人或银行保密。'],
  ],
  video_call_payment: [
    'danger',
    () => ['It asks you to pay or scan a code during a video call.', '要求你在视频通话中付款或扫码。'],
  ],
  login_link: [
    'warning',
    () => ['It asks you to log in or verify through a link. Open the app yourself instead.', '要求你通过链接登录或验证。请自己打开 App 操作。'],
  ],
  install_app: [
    'warning',
    () => ['It asks you to download an app from a link.', '要求你通过链接下载 App。'],
  ],
  off_platform_contact: [
    'warning',
    () => [
      'It moves the conversation to a private chat (WeChat, QQ, WhatsApp, Telegram). Real support stays in the official app.',
      '要求你添加私人微信/QQ 等继续沟通。正规客服只在官方 App 内处理。',
    ],
  ],
  refund_lure: [
    'warning',
    () => [
      'It offers an unexpected refund or compensation: the usual opening of a refund scam.',
      '主动提出退款或赔偿：这是退款诈骗常见的开场。',
    ],
  ],
  crypto_payment: [
    'danger',
    () => ['It asks for payment in cryptocurrency or by wire to settle an account issue.', '要求用加密货币或电汇来处理账户问题。'],
  ],
  never_asks_statement: [
    'danger',
    (p) => [
      `${p.wallet} says its staff never ask for this (${p.detail}): ${p.source}`,
      `${p.walletZh}声明其员工绝不会索要这些（${p.detailZh}）：${p.source}`,
    ],
  ],
  safety_advice: [
    'info',
    () => [
      'It mentions codes or passwords only to warn you not to share them, as real notices do.',
      '提到验证码或密码只是提醒你不要泄露，这和正规通知一致。',
    ],
  ],
  contact_suspicious: [
    'danger',
    (p) => [`It contains a suspicious contact: ${p.value}.`, `其中包含可疑联系方式：${p.value}。`],
  ],
  contact_official: [
    'official',
    (p) => [`It contains ${p.wallet}'s official contact ${p.value}.`, `其中包含${p.walletZh}的官方联系方式 ${p.value}。`],
  ],
  contact_unknown: [
    'info',
    (p) => [`It contains a contact we cannot confirm: ${p.value}.`, `其中包含一个无法确认的联系方式：${p.value}。`],
  ],
  real_contact_in_scam: [
    'warning',
    (p) => [
      `It quotes ${p.wallet}'s real contact ${p.value}: scammers add real numbers to look genuine. The message is still a scam.`,
      `消息引用了${p.walletZh}的真实联系方式 ${p.value}：骗子常借真号码显得可信，这条消息仍是诈骗。`,
    ],
  ],
  no_signals: [
    'info',
    () => ['No contact to check and no scam pattern found.', '没有需要核对的联系方式，也没有发现诈骗话术。'],
  ],
  // ---------- ranking (findChannels) ----------
  channel_kind: [
    'info',
    (p) => {
      const kinds: Record<string, readonly [string, string]> = {
        phone: ['Official phone line', '官方电话'],
        web: ['Official help website', '官方帮助网站'],
        in_app: ['Help inside the app', 'App 内帮助'],
        chat: ['Official online chat', '官方在线客服'],
        email: ['Official email address', '官方邮箱'],
        social: ['Official social-media account', '官方社交媒体账号'],
        community: ['Official community forum', '官方社区论坛'],
        faq: ['Official FAQ', '官方常见问题'],
      };
      const [en, zh] = kinds[p.detail ?? ''] ?? ['Official channel', '官方渠道'];
      return [`${en} of ${p.wallet}.`, `${p.walletZh}的${zh}。`];
    },
  ],
  urgent_human: [
    'info',
    () => [
      'Fastest way to reach a person: for a stolen account or a payment you did not make, talk to the wallet right away.',
      '最快联系到真人的方式：账户被盗或出现不明交易时，请立即联系官方。',
    ],
  ],
  urgent_freeze_in_app: [
    'info',
    () => [
      'In the app you can freeze or secure your account yourself at once, before anything else.',
      '在 App 里可以立即自助冻结或保护账户，应最先处理。',
    ],
  ],
  self_service_first: [
    'info',
    () => ['Self-service help usually solves this kind of problem fastest.', '这类问题通常通过自助服务解决最快。'],
  ],
  human_channel: ['info', () => ['Lets you talk to a person.', '可以联系到人工客服。']],
  card_block_for_card: [
    'info',
    () => ['A line for cancelling a lost or misused card.', '用于挂失或注销被盗用卡片的热线。'],
  ],
  open_now: ['info', () => ['Open now.', '现在正在服务。']],
  open_always: ['info', () => ['Open 24 hours, every day.', '全天 24 小时服务。']],
  closed_now: [
    'warning',
    (p) => [`Closed now; opens ${p.detail}.`, `现在不在服务时间；下次开放：${p.detailZh}。`],
  ],
  hours_unknown: ['info', () => ['Opening hours are not published.', '未公布服务时间。']],
  // The sentence itself is walletdesk/hours' (holidayEstimate), so the wording has one owner.
  hours_estimated: ['info', (p) => [`${(p.detail ?? '').charAt(0).toUpperCase()}${(p.detail ?? '').slice(1)}.`, `${p.detailZh ?? ''}。`]],
  region_match: ['info', (p) => [`Serves ${p.detail}.`, `服务 ${p.detail} 地区。`]],
  region_global: ['info', () => ['Serves every region.', '面向所有地区。']],
  region_other: [
    'warning',
    (p) => [`Serves ${p.detail}, not your region.`, `服务 ${p.detail} 地区，不是你所在的地区。`],
  ],
  language_match: ['info', (p) => [`Available in ${p.detail}.`, `支持${p.detailZh}。`]],
  language_likely: ['info', (p) => [`Probably in ${p.detail} (from its region).`, `按地区推测支持${p.detailZh}。`]],
  language_mismatch: ['warning', (p) => [`Not listed in ${p.detail}.`, `未列出支持${p.detailZh}。`]],
  audience_other: [
    'warning',
    (p) => [`Meant for ${p.detail}.`, `面向${p.detailZh}。`],
  ],
  medium_confidence: [
    'info',
    (p) => [
      `Confirmed only indirectly (medium confidence); last checked ${p.checkedAt}.`,
      `仅间接证实（中等可信度）；最后核实于 ${p.checkedAt}。`,
    ],
  ],
  // ---------- input ----------
  empty_input: ['info', () => ['There is nothing to check.', '没有可检查的内容。']],
  input_truncated: [
    'info',
    (p) => [`The input is long: only the first ${p.detail} characters were checked.`, `内容过长：只检查了前 ${p.detail} 个字符。`],
  ],
  input_too_long: [
    'info',
    (p) => [`This is too long to be a ${p.detail}.`, `内容太长，不可能是${p.detailZh}。`],
  ],
  invisible_characters: [
    'danger',
    () => ['It contains invisible characters that can disguise what it really is.', '其中含有不可见字符，可用于伪装真实内容。'],
  ],
  control_characters: [
    'info',
    () => ['Control characters were removed before checking.', '检查前已移除控制字符。'],
  ],
} satisfies Record<string, readonly [ReasonSeverity, Template]>;

/** Every stable reason code. */
export type ReasonCode = keyof typeof T;

/** All reason codes, for documentation and exhaustive UIs. */
export const REASON_CODES = Object.keys(T) as ReasonCode[];

/** Builds a reason in both languages. */
export function reason(code: ReasonCode, locale: ReasonLocale, params: ReasonParams = {}, evidence?: string): Reason {
  const [severity, template] = T[code] as readonly [ReasonSeverity, Template];
  const filled: ReasonParams = { ...params };
  if (filled.walletZh === undefined && filled.wallet !== undefined) filled.walletZh = filled.wallet;
  if (filled.otherZh === undefined && filled.other !== undefined) filled.otherZh = filled.other;
  if (filled.detailZh === undefined && filled.detail !== undefined) filled.detailZh = filled.detail;
  const [en, zh] = template(filled);
  const base = { code, severity, message: locale === 'zh' ? zh : en, messageEn: en, messageZh: zh };
  return evidence === undefined ? base : { ...base, evidence };
}
