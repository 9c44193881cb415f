/**
 * The words of the escalation ladder, in English and Chinese: what to do on each rung, what to
 * say to the agent (both languages, since the agent may speak either), what to prepare, and why a
 * step is where it is. Written for walletdesk from common consumer advice (ask for escalation, get
 * the agent's name and staff number 工号, put it in writing, then go to the regulator); no vendor
 * scripts. The regulators' own rules are data (`directory.regulators`), not text here.
 */

/** A sentence in both languages. */
export interface BilingualText {
  readonly en: string;
  readonly zh: string;
}

/** The rungs of the ladder, in order; critical problems start with the first two. */
export const ESCALATION_RUNGS = ['freeze_account', 'police_report', 'senior_agent', 'written_record', 'social_media', 'regulator'] as const;

/** One rung of the ladder. */
export type EscalationRung = (typeof ESCALATION_RUNGS)[number];

/** Values put into the sentences. */
export interface TextParams {
  wallet: string;
  walletZh: string;
  body?: string;
  bodyZh?: string;
  references?: string;
  since?: string;
}

type Words = (p: TextParams) => { action: BilingualText; say?: BilingualText; prepare: readonly BilingualText[] };

const LOG: BilingualText = {
  en: 'Your contact log: for each contact the date and time, the channel, the agent’s name and staff number, the reference number, and what was said or promised',
  zh: '联系记录：每次联系的日期时间、渠道、客服姓名和工号、工单号，以及对方说了什么、承诺了什么',
};
const EVIDENCE: BilingualText = {
  en: 'Transaction IDs, amounts and times, and screenshots of the app',
  zh: '交易单号、金额和时间，以及 App 截图',
};

/** What to do, say and prepare on each rung. */
export const RUNG_WORDS: Readonly<Record<EscalationRung, Words>> = {
  freeze_account: (p) => ({
    action: {
      en: `Freeze first: lock the ${p.wallet} account and cards in the app or through the official line, change the login and payment passwords, and sign out of other devices. Do this before anything else.`,
      zh: `先冻结：通过 App 或官方客服电话冻结${p.walletZh}账户和绑定的卡，修改登录密码和支付密码，退出其他设备。先做这一步，再做其他。`,
    },
    say: {
      en: 'Someone else has used my account / there are payments I did not make. Please freeze my account and cards now and give me a case number.',
      zh: '我的账户被他人使用了／有不是我本人操作的交易，请立即冻结我的账户和绑定的卡，并告诉我工单号。',
    },
    prepare: [
      { en: 'The phone number or e-mail registered to the account', zh: '账户绑定的手机号或邮箱' },
      { en: 'Each payment you did not make: time, amount, recipient', zh: '每一笔非本人操作的交易：时间、金额、收款方' },
    ],
  }),
  police_report: () => ({
    action: {
      en: 'Report it to the police (your local police number or the police’s online fraud report) and keep the report number: the wallet, your bank and the regulator will ask for it.',
      zh: '向公安机关报案（拨打当地报警电话或使用警方的网上报案渠道），保留报案回执或编号：钱包、银行和监管机构都会要。',
    },
    say: {
      en: 'I want to report fraud on my payment account. I will give you the transactions and the messages I received.',
      zh: '我要报案：我的支付账户被诈骗／盗用。我可以提供交易记录和收到的信息。',
    },
    prepare: [
      EVIDENCE,
      { en: 'The messages, calls and links that led to it (do not delete them)', zh: '导致被骗的短信、来电和链接（不要删除）' },
      { en: 'The case number the wallet gave you when you froze the account', zh: '冻结账户时钱包给你的工单号' },
    ],
  }),
  senior_agent: (p) => ({
    action: {
      en: `Contact ${p.wallet} again and ask for the case to be escalated to a senior agent or the specialist team. Before you end the call or chat, write down the agent’s name and staff number, the case number and what was promised, with a date.`,
      zh: `再次联系${p.walletZh}，要求把问题升级给高级客服或专门处理的团队。结束通话或聊天前，记下客服的姓名和工号、工单号，以及对方承诺的处理内容和时间。`,
    },
    say: {
      en: `This was not resolved when I contacted you before${p.references ? ` (reference ${p.references})` : ''}. Please escalate it to a senior agent or the specialist team. May I have your name and staff ID, and the case number?`,
      zh: `这个问题之前联系过还没有解决${p.references ? `（工单号 ${p.references}）` : ''}。请帮我升级给高级客服或专门处理的团队。请问您的姓名和工号是多少？这次的工单号是多少？`,
    },
    prepare: [LOG, EVIDENCE],
  }),
  written_record: (p) => ({
    action: {
      en: `Put the complaint to ${p.wallet} in writing (complaint form, e-mail, chat or ticket) so there is a dated record: what happened, what you tried (dates, agents, references) and what you want done. Ask for a complaint number and a written final response. Regulators count their waiting time from this complaint.`,
      zh: `以书面形式向${p.walletZh}投诉（投诉表单、邮件、在线客服或工单），留下有日期的记录：事情经过、已经尝试过的联系（日期、客服、工单号）、希望怎样处理。要求对方提供投诉编号和书面最终答复。监管机构的等待期从这次投诉算起。`,
    },
    say: {
      en: `I am making a formal complaint. [What happened.] I contacted you${p.since ? ` on ${p.since}` : ''}${p.references ? ` (references ${p.references})` : ''} and it is still unresolved. I ask you to [the outcome you want]. Please confirm receipt, give me a complaint reference, and send your final response in writing.`,
      zh: `我要正式投诉。【事情经过】。我${p.since ? `已于 ${p.since} ` : '已'}联系过你们${p.references ? `（工单号 ${p.references}）` : ''}，至今未解决。我要求【希望的处理结果】。请书面确认收到，提供投诉编号，并书面给出最终答复。`,
    },
    prepare: [LOG, EVIDENCE, { en: 'The outcome you want, in one sentence', zh: '一句话写清你希望的处理结果' }],
  }),
  social_media: (p) => ({
    action: {
      en: `Post on ${p.wallet}’s official social account (check the verification badge). Give only your complaint number, never your account number, card, codes or ID in public, and ignore accounts that message you first offering help: that is how fake “support” finds victims.`,
      zh: `在${p.walletZh}的官方社交账号留言（认准认证标识）。只提供投诉编号，不要公开账号、卡号、验证码或证件信息；主动私信你说能帮忙的账号不要理会，假“客服”就是这样找上门的。`,
    },
    say: {
      en: `My complaint${p.references ? ` ${p.references}` : ''} has been open${p.since ? ` since ${p.since}` : ''} without a resolution. Please look into it.`,
      zh: `您好，我的投诉${p.references ? ` ${p.references} ` : ''}${p.since ? `自 ${p.since} 起` : ''}一直未解决，请帮忙跟进处理。`,
    },
    prepare: [{ en: 'Your complaint number (nothing else in public)', zh: '投诉编号（公开场合只提供这个）' }],
  }),
  regulator: (p) => ({
    action: {
      en: `Complain to ${p.body ?? 'the regulator'}. Attach your contact log, the written complaint and ${p.wallet}’s reply (or say it did not reply). It is free: nobody may charge you to file it.`,
      zh: `向${p.bodyZh ?? p.body ?? '监管机构'}投诉。附上联系记录、书面投诉以及${p.walletZh}的答复（或说明对方未答复）。投诉免费，任何人向你收费代办都不可信。`,
    },
    say: {
      en: `I complained to ${p.wallet}${p.since ? ` on ${p.since}` : ''}${p.references ? ` (reference ${p.references})` : ''}. It [rejected the complaint / did not reply / did not resolve it]. I ask for your help to [the outcome you want].`,
      zh: `我${p.since ? `于 ${p.since} ` : ''}向${p.walletZh}投诉${p.references ? `（编号 ${p.references}）` : ''}，对方【驳回／未答复／未解决】。请求贵单位协助【希望的处理结果】。`,
    },
    prepare: [
      LOG,
      { en: 'The written complaint and the wallet’s final response, if any', zh: '书面投诉内容及钱包的最终答复（如有）' },
      EVIDENCE,
    ],
  }),
};

/** Why a step is there, or what to watch out for on it. */
export const ESCALATION_REASON_TEXT = {
  critical_first: () => ({
    en: 'Money or the account is at risk now: freeze and report first, then escalate.',
    zh: '资金或账户正面临风险：先冻结、报案，再逐级投诉。',
  }),
  tried_unresolved: (p: { detail: string }) => ({
    en: `Already tried without a resolution: ${p.detail}.`,
    zh: `已尝试但未解决：${p.detail}。`,
  }),
  no_answer_retry: (p: { detail: string }) => ({
    en: `No one answered on ${p.detail}: try again when the line is open, or use the next step.`,
    zh: `${p.detail}无人接听：请在营业时间再试，或直接进行下一步。`,
  }),
  callback_pending: (p: { wallet: string; walletZh: string }) => ({
    en: `A callback was promised. Before trusting a caller, check the number is one ${p.wallet} publishes; if in doubt, hang up and call the official number yourself.`,
    zh: `对方承诺回电（回访）。接听前先核对来电号码是否为${p.walletZh}公布的官方号码；有疑问就挂断，自己拨打官方号码。`,
  }),
  channel_source: (p: { detail: string; checkedAt: string }) => ({
    en: `Official channel, from ${p.detail} (checked ${p.checkedAt}).`,
    zh: `官方渠道，来源：${p.detail}（核实于 ${p.checkedAt}）。`,
  }),
  no_channel: () => ({
    en: 'The directory has no sourced channel for this step: use the wallet’s help centre, not a number found by search.',
    zh: '目录中没有这一步的可靠来源渠道：请通过钱包的官方帮助中心操作，不要使用搜索得到的号码。',
  }),
  no_official_social: (p: { wallet: string; walletZh: string }) => ({
    en: `No official ${p.wallet} social account is in the directory, so that step is left out: accounts found by search may be fake.`,
    zh: `目录中没有${p.walletZh}的官方社交账号，因此略过这一步：搜索到的账号可能是假的。`,
  }),
  eligible_from: (p: { detail: string; since: string }) => ({
    en: `${p.detail} Counted from your first complaint to the wallet on ${p.since}.`,
    zh: `${p.detail} 从你首次向钱包投诉（${p.since}）起计算。`,
  }),
  eligible_from_today: (p: { detail: string }) => ({
    en: `${p.detail} You have not complained to the wallet yet, so this is counted from now: complain in writing first.`,
    zh: `${p.detail} 你还没有向钱包投诉，因此从现在起计算：请先书面投诉。`,
  }),
  eligible_unknown: (p: { detail: string }) => ({
    en: `${p.detail} Complain to the wallet first; the date is counted from that complaint.`,
    zh: `${p.detail} 请先向钱包投诉；日期从那次投诉起计算。`,
  }),
  earlier_on_final_response: () => ({
    en: 'You may go earlier if the wallet gives its final response (or rejects the complaint) before then.',
    zh: '如果钱包在此之前给出最终答复（或驳回投诉），可以提前去。',
  }),
  deadline: (p: { detail: string }) => ({
    en: `Time limit: ${p.detail}.`,
    zh: `时限：${p.detail}。`,
  }),
  unverified_rule: (p: { detail: string }) => ({
    en: `Unverified rule (not confirmed by an official source): ${p.detail}`,
    zh: `未经核实的规则（没有官方来源确认）：${p.detail}`,
  }),
  unverified_regulator: (p: { detail: string }) => ({
    en: `Unverified: ${p.detail} No channel is given as official; check the body's own website before you use it.`,
    zh: `未经核实：${p.detail} 不提供任何“官方”渠道；使用前请先在该机构自己的网站上核实。`,
  }),
  unverified_link: (p: { detail: string }) => ({
    en: `Unverified that this body takes complaints about this wallet: ${p.detail}`,
    zh: `尚未核实该机构是否受理对该钱包的投诉：${p.detail}`,
  }),
  other_channels: (p: { detail: string }) => ({
    en: `Also: ${p.detail}.`,
    zh: `其他渠道：${p.detail}。`,
  }),
  no_regulator_known: () => ({
    en: 'No regulator for this region is in the directory: the wallet’s terms name the company that holds your account and its regulator.',
    zh: '目录中没有该地区的监管机构：钱包的用户协议会写明为你提供服务的公司及其监管机构。',
  }),
} as const;

/** A stable code for each reason. */
export type EscalationReasonCode = keyof typeof ESCALATION_REASON_TEXT;
