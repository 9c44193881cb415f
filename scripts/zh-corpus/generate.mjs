// Slot-filled variants that add surface variety (wallet names, banks, amounts, times, merchants)
// on top of the hand-written lines in train/*.txt. Deterministic: a fixed-seed PRNG picks the
// fillers, so the same script always produces the same lines. Kept to a minority of the corpus;
// build.mjs reports the share.

/** mulberry32: small deterministic PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SLOTS = {
  // Account-based wallets: you log in, verify identity, withdraw, close the account.
  wallet: ['支付宝', '微信', '微信支付', '云闪付', 'PayPal', '京东钱包', '翼支付', '数字人民币钱包', '美团钱包', '抖音支付', '多多钱包', '和包'],
  walletHant: ['街口支付', 'LINE Pay', 'AlipayHK', 'PayMe', '全支付', 'WeChat Pay HK', '悠遊付', 'Tap & Go'],
  // Ways to pay at a till, including device wallets that hold cards (payment templates only).
  payWallet: ['支付宝', '微信', '云闪付', 'PayPal', 'Apple Pay', '华为钱包', '数字人民币', '京东支付', '信用卡', '花呗'],
  bank: ['工商银行', '建设银行', '农业银行', '中国银行', '招商银行', '交通银行', '邮储银行', '浦发银行', '兴业银行', '平安银行', '中信银行', '民生银行', '光大银行', '广发银行', '北京银行', '宁波银行'],
  amount: ['50', '88', '100', '199', '200', '258', '300', '500', '666', '800', '1000', '1200', '2000', '3500', '5000', '8000', '1万', '两千', '三百', '五百块', '一千块', '几十块', '十几块'],
  time: ['昨天', '今天上午', '今天中午', '刚才', '前天晚上', '上周五', '周末', '三天前', '上个月', '昨晚十点', '今天早上八点', '半小时前', '前两天', '5号那天'],
  merchant: ['淘宝', '京东', '美团', '拼多多', '滴滴', '饿了么', '星巴克', '麦当劳', '7-11', '全家', '盒马', '肯德基', '瑞幸', '携程', '大众点评', '抖音商城', '唯品会', '闲鱼'],
  tail: ['', '', '', '怎么办', '，急', '，怎么回事', '？', '！！', '，谁能帮帮我', '，麻烦看一下', '，求解决', '啊', '呢'],
  tailHant: ['', '', '', '怎麼辦', '，急', '，怎麼回事', '？', '！！', '，麻煩幫忙看看', '啊'],
  polite: ['你好，', '您好，', '请问', '麻烦问一下，', '客服你好，', '在吗，', '', '', '', ''],
};

/** Templates per label. `{x}` is filled from SLOTS.x. */
export const TEMPLATES = {
  login_access: [
    '{polite}{wallet}登录密码忘了{tail}', '{wallet}登不上去了{tail}', '{wallet}账户被锁定了{tail}', '{polite}{wallet}支付密码忘记了怎么重置',
    '{wallet}登录收不到验证码{tail}', '{time}开始{wallet}就登录不了{tail}', '{wallet}密码输错太多次被锁了{tail}', '{walletHant}忘記密碼{tailHant}',
  ],
  app_technical: [
    '{wallet}一打开就闪退{tail}', '{wallet}更新后打不开了{tail}', '{time}开始{wallet}一直白屏{tail}', '{wallet}app一直转圈加载不出来',
    '{polite}{wallet}提示系统繁忙，别的app都正常', '{wallet}页面卡死了{tail}', '{walletHant}一直閃退{tailHant}',
  ],
  payment_failed: [
    '在{merchant}用{payWallet}付款失败{tail}', '{time}在{merchant}付{amount}付不了{tail}', '{polite}{payWallet}付款一直提示失败', '{bank}的卡在{wallet}付款被拒了{tail}',
    '{merchant}下单用{payWallet}支付不成功{tail}', '{time}用{wallet}扫码付{amount}显示交易失败', '{walletHant}付款失敗{tailHant}',
  ],
  top_up: [
    '{time}往{wallet}充了{amount}还没到账{tail}', '{polite}{bank}卡给{wallet}充值，卡扣钱了余额没加', '{wallet}充值一直处理中{tail}', '{wallet}充值{amount}失败了{tail}',
    '用{bank}的卡充值失败{tail}', '{time}充值的{amount}到现在没到{tail}', '{walletHant}儲值沒到帳{tailHant}',
  ],
  withdrawal: [
    '{time}从{wallet}提现{amount}到{bank}还没到{tail}', '{wallet}提现失败{tail}', '{polite}{wallet}提现一直在处理中', '提现到{bank}的卡显示成功但没收到{tail}',
    '{wallet}余额提不出来{tail}', '{time}申请的提现到现在还没到账{tail}', '{walletHant}提現沒到帳{tailHant}',
  ],
  transfer: [
    '{time}用{wallet}给朋友转了{amount}对方没收到{tail}', '{wallet}转账转错人了{tail}', '{polite}{wallet}转账一直处理中', '转了{amount}给我妈她说没收到{tail}',
    '{wallet}转账被退回了{tail}', '{time}转错了{amount}能追回吗', '{walletHant}轉帳對方沒收到{tailHant}',
  ],
  transaction_record: [
    '{wallet}交易记录里找不到{time}那笔{tail}', '{polite}怎么导出{wallet}的账单', '{wallet}账单没有更新{tail}', '{time}在{merchant}的消费记录不见了{tail}',
    '{polite}怎么查{wallet}上个月的明细', '{wallet}余额显示不对{tail}', '{walletHant}交易紀錄找不到{tailHant}',
  ],
  refund_dispute: [
    '{merchant}的退款还没到{wallet}{tail}', '{merchant}商家不给退款{tail}', '{time}申请的退款还没到账{tail}', '{polite}{merchant}退货了{amount}一直没退回来',
    '在{merchant}买的东西没收到想退款{tail}', '{merchant}取消订单后钱没退{tail}', '{walletHant}退款還沒收到{tailHant}',
  ],
  fees_limits: [
    '{wallet}提现手续费怎么算{tail}', '{polite}{wallet}每天转账限额多少', '{wallet}为什么扣我手续费{tail}', '{bank}卡在{wallet}的支付限额太低{tail}',
    '{polite}{wallet}转{amount}要收多少手续费', '{wallet}限额怎么提高{tail}', '{walletHant}手續費怎麼算{tailHant}',
  ],
  card_management: [
    '{wallet}怎么绑定{bank}的卡', '{wallet}解绑{bank}的银行卡{tail}', '{bank}的卡在{wallet}绑不上{tail}', '{polite}{bank}卡丢了，{wallet}里绑的卡怎么处理',
    '{wallet}怎么换绑银行卡{tail}', '{polite}{wallet}怎么删除绑定的{bank}卡', '{walletHant}綁定銀行卡失敗{tailHant}',
  ],
  unauthorized_transaction: [
    '{wallet}有一笔{amount}的扣款不是我{tail}', '{time}{wallet}莫名被扣了{amount}{tail}', '账单里有一笔{merchant}的消费不是我买的{tail}', '{polite}{wallet}有一笔我不认识的交易',
    '{time}收到扣款{amount}的通知，我没消费{tail}', '{bank}的卡被盗刷了{amount}{tail}', '{walletHant}有一筆不是我的扣款{tailHant}',
  ],
  account_compromise: [
    '{wallet}账号被盗了{tail}', '{time}有人冒充{wallet}客服打电话给我{tail}', '{polite}我被骗了{amount}{tail}', '有人冒充{wallet}客服让我转账{tail}',
    '{wallet}收到异地登录提醒，不是我{tail}', '{time}被骗转了{amount}能追回吗', '{walletHant}帳號被盜了{tailHant}',
  ],
  identity_verification: [
    '{wallet}实名认证一直不通过{tail}', '{wallet}人脸识别过不去{tail}', '{polite}{wallet}实名审核要多久', '{wallet}身份证上传失败{tail}',
    '{wallet}要我补充身份信息{tail}', '{wallet}身份验证失败{tail}', '{walletHant}實名認證失敗{tailHant}',
  ],
  account_profile: [
    '{wallet}怎么换绑手机号{tail}', '{polite}{wallet}怎么修改邮箱', '{wallet}改名字在哪{tail}', '{wallet}个人信息怎么改{tail}',
    '{polite}{wallet}手机号不用了怎么换', '{walletHant}怎麼換手機號碼{tailHant}',
  ],
  account_closure: [
    '{wallet}怎么注销{tail}', '{polite}我要注销{wallet}账户', '{wallet}注销不了{tail}', '{wallet}注销后余额怎么办{tail}',
    '{polite}{wallet}销户要多久', '{walletHant}怎麼註銷{tailHant}',
  ],
  privacy_security: [
    '{wallet}怎么开启双重验证{tail}', '{wallet}免密支付怎么关{tail}', '{polite}{wallet}的隐私设置在哪', '{wallet}怎么查看登录设备{tail}',
    '{polite}{wallet}会泄露我的个人信息吗', '{wallet}怎么开指纹支付{tail}', '{walletHant}隱私設定在哪{tailHant}',
  ],
  other: [
    '{time}{city}天气怎么样', '{city}有什么好玩的', '{city}有什么好吃的推荐', '去{city}旅游几天合适', '{stock}今天股价多少', '{stock}的股票能买吗',
    '{bank}房贷利率是多少', '{bank}的定期存款利息多少', '{bank}贷款利息怎么算', '从{city}到{city2}坐高铁要多久', '{dish}怎么做', '{dish}好吃吗',
  ],
};

export const OTHER_SLOTS = {
  city: ['北京', '上海', '广州', '深圳', '成都', '杭州', '西安', '重庆', '武汉', '南京', '长沙', '厦门', '青岛', '昆明', '哈尔滨', '大理', '苏州', '天津'],
  city2: ['北京', '上海', '广州', '深圳', '成都', '杭州', '西安', '重庆', '武汉', '南京'],
  stock: ['茅台', '腾讯', '阿里巴巴', '比亚迪', '宁德时代', '苹果', '特斯拉', '英伟达', '小米', '美团', '中石油', '招商银行'],
  dish: ['宫保鸡丁', '糖醋排骨', '酸菜鱼', '麻婆豆腐', '水煮肉片', '鱼香肉丝', '回锅肉', '蛋炒饭', '凉拌黄瓜', '红烧茄子', '小龙虾', '酸辣土豆丝'],
};

/** Lower-case, without punctuation or spaces: the key used to spot near-duplicates. */
export function normalise(text) {
  return text.toLowerCase().replace(/[\s，。！？、,.!?~～“”"（）()：:；;…]+/g, '');
}

/**
 * Generate up to `count` distinct lines for `label`, deterministic for a given seed. Lines whose
 * normalised form is in `avoid` (e.g. the hand-written lines) are skipped.
 */
export function generate(label, count, seed, avoid = []) {
  const templates = TEMPLATES[label];
  if (!templates) throw new Error(`no templates for ${label}`);
  const next = rng(seed);
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const out = new Set();
  const keys = new Set([...avoid].map(normalise));
  let tries = 0;
  while (out.size < count && tries < count * 50) {
    tries++;
    const t = pick(templates);
    let line = t.replace(/\{(\w+)\}/g, (_, k) => {
      const pool = SLOTS[k] ?? OTHER_SLOTS[k];
      if (!pool) throw new Error(`unknown slot ${k}`);
      return pick(pool);
    });
    line = line.trim();
    if (label === 'other' && /从(\S+)到\1/.test(line)) continue;
    // Lines that differ only in punctuation or spacing count as the same line.
    const key = normalise(line);
    if (keys.has(key)) continue;
    keys.add(key);
    out.add(line);
  }
  return [...out];
}
