/**
 * Self-help content in English: what a user can try before contacting support, and what to have
 * ready when they do. Written from how wallet help desks handle each problem; wording is generic
 * (no vendor's menu names) so it fits any wallet.
 */
import type { CategoryId } from '../../taxonomy/index.js';
import type { HelpText } from './help-text.js';

/** What every request should come with, before the category's own items. */
export const PREPARE_COMMON_EN: readonly string[] = [
  'The phone number or email registered to your account (never your password or verification codes)',
  'A clear description of the problem: what you did, what you expected, what happened instead',
  'Screenshots of any error message',
];

const RECORDS = 'The transaction record: date and time, amount, and the order or transaction number';

/** English help per category. */
export const HELP_EN: Readonly<Record<CategoryId, HelpText>> = {
  login_access: {
    title: 'Login, password and locked account',
    steps: [
      'Use "Forgot password" on the login screen to reset your login or payment password with a verification code.',
      'If the verification code does not arrive, check signal, that the number is the one on the account, and your SMS spam filter; wait 60 seconds before asking for a new one.',
      'If the account is locked after too many wrong attempts, wait for the lock period shown in the app, then try again once.',
      'If you no longer use the phone number on the account, use the account recovery option with identity verification.',
      'If you did not trigger the lock or the password change yourself, treat it as a stolen account: freeze the account in the app first.',
    ],
    prepare: ['Roughly when the problem started and the exact error message'],
    escalateWhen: 'Escalate to security if the user did not change the password or lock the account themselves.',
  },
  app_technical: {
    title: 'App errors, crashes and updates',
    steps: [
      'Update the app to the latest version from the official app store.',
      'Force-close the app and open it again; restart the phone if it still fails.',
      'Check the network: switch between Wi-Fi and mobile data.',
      'Make sure the phone has free storage and the app has the permissions it needs (camera for scanning, notifications).',
      'Clear the app cache, or reinstall it; your balance and records are kept on the server, not on the phone.',
    ],
    prepare: ['Phone model, operating-system version and app version', 'The steps that make the problem happen'],
  },
  payment_failed: {
    title: 'Payment declined or failed',
    steps: [
      'Check the network connection and try again once; do not pay repeatedly, a pending payment may still go through.',
      'Check that your balance or the linked card has enough money and that the card is not expired, frozen or blocked by the bank.',
      'Check your daily and single-payment limits in the app.',
      'Try another payment method (balance, another card).',
      'Ask the merchant whether their terminal or QR code works; some merchants do not accept every payment method.',
      'If money was deducted but the payment failed, wait for the automatic reversal (usually within a few working days) before disputing it.',
    ],
    prepare: [RECORDS, 'The merchant name and the error message shown'],
  },
  top_up: {
    title: 'Top-up failed, pending or not arrived',
    steps: [
      'Check the top-up record in the app: "processing" usually completes on its own; bank transfers can take up to a few working days.',
      'Check that the card details are correct and that the card supports top-ups (some credit or foreign cards do not).',
      'Check that the source account had enough money and that you are within the top-up limits.',
      'If the bank deducted the money but the top-up failed, the bank normally reverses it; check your bank statement.',
      'Do not top up again for the same amount until the first attempt has settled.',
    ],
    prepare: [RECORDS, 'The bank statement line showing the deduction, if any'],
  },
  withdrawal: {
    title: 'Withdrawal or cash-out delayed or failed',
    steps: [
      'Check the withdrawal status and the expected arrival time shown in the app; bank processing can take one to three working days, longer over holidays.',
      'Check that the receiving bank card is valid, in your own name and not closed or frozen.',
      'Check the withdrawal limits and whether identity verification is complete; unverified accounts often cannot withdraw.',
      'If a withdrawal failed, the money normally returns to your balance; check the balance and the records.',
      'At an ATM, if cash did not come out or the amount was wrong, keep the receipt and note the ATM location and time.',
    ],
    prepare: [RECORDS, 'The receiving bank card (bank name and last four digits only)'],
  },
  transfer: {
    title: 'Transfer failed, pending or sent to the wrong person',
    steps: [
      'Check the transfer status in the records; a pending transfer may still be cancellable in the app.',
      'If you sent money to the wrong person, contact them first and ask them to return it; you can also ask support to contact the recipient.',
      'Check that the recipient’s account or phone number is correct and that their account can receive money.',
      'Check transfer limits, and whether the recipient needs to accept the transfer.',
      'If someone you do not know asked you to transfer money, stop and treat it as a possible scam.',
    ],
    prepare: [RECORDS, 'The recipient’s name and account as you entered them'],
    escalateWhen: 'Escalate quickly for a transfer to the wrong person: the sooner it is reported, the better the chance to recover it.',
  },
  transaction_record: {
    title: 'Transaction history and statements',
    steps: [
      'Pull down to refresh the records and check the date filter; records can take a few minutes to appear.',
      'Check other accounts or cards you may have used for the payment.',
      'Use the statement or export option in the app to download records for a period.',
      'If an entry you do not recognise appears, check it with family members who use your account before reporting it.',
    ],
    prepare: ['The period you are asking about and what you expected to see'],
  },
  refund_dispute: {
    title: 'Refunds and merchant disputes',
    steps: [
      'Contact the merchant first through the order page; most refunds are handled by the merchant.',
      'Check the refund status: approved refunds go back to the original payment method and can take several working days for cards.',
      'If you were charged twice, wait one day: a duplicate authorisation is often released automatically.',
      'If the merchant does not respond or refuses, open a dispute or complaint from the order within the time limit shown.',
      'Keep the order, chat messages with the merchant, and photos of goods that were wrong or not delivered.',
    ],
    prepare: [RECORDS, 'Your messages with the merchant and photos of the goods'],
  },
  fees_limits: {
    title: 'Fees, exchange rates and limits',
    steps: [
      'Open the fee or limit page in the app: it lists the fees for top-ups, withdrawals, transfers and currency exchange.',
      'Check the transaction details: the fee and exchange rate used are shown there.',
      'Card payments abroad may add a fee from your bank and use the card network’s rate for that day.',
      'Limits often rise after full identity verification; check whether you can raise yours in the app.',
    ],
    prepare: [RECORDS, 'The fee or rate you expected and where you saw it'],
  },
  card_management: {
    title: 'Linking, ordering, activating or losing a card',
    steps: [
      'Link or unlink cards in the app’s card settings; the card must be in your own name.',
      'To link a card, check that the phone number the bank has for the card matches, since the bank sends the verification code there.',
      'Activate a new card in the app when it arrives; the PIN is usually set or shown in the app.',
      'If a card is lost or stolen, freeze or remove it in the app at once, then report it to the issuing bank.',
      'For a card that has not arrived, check the delivery estimate and address in the app before ordering a new one.',
    ],
    prepare: ['The card (bank name and last four digits only; never the full number or CVV)'],
  },
  unauthorized_transaction: {
    title: 'A charge or transfer you did not make',
    steps: [
      'Freeze your account (or the card) in the app first, to stop further charges.',
      'Change your login and payment passwords, and sign out of devices you do not recognise.',
      'Check whether a family member, a subscription or a free trial made the charge.',
      'Report the transaction to support as unauthorised from the transaction details page, as soon as possible.',
      'Keep the evidence: screenshots of the transaction, SMS alerts and any suspicious messages.',
      'If it is fraud, report it to the police and keep the report number.',
    ],
    prepare: [RECORDS, 'When you last made a payment yourself', 'The police report number, if you made a report'],
    escalateTo: 'disputes',
    escalateWhen: 'Always escalate: funds may still be recoverable if the case is opened quickly.',
  },
  account_compromise: {
    title: 'Stolen account, scams and fraud',
    steps: [
      'Freeze your account in the app first (or through the official hotline if you cannot log in).',
      'Change your login and payment passwords, and those of your email and phone accounts.',
      'Never share verification codes, and never move money to a so-called "safe account": real staff never ask for this.',
      'Check for transactions you did not make and report them.',
      'Keep the evidence: chat logs, call records, the scammer’s account and number, screenshots.',
      'Report fraud to the police (for example 110 in mainland China, or your local police) and keep the report number.',
    ],
    prepare: [RECORDS, 'The scammer’s phone numbers, accounts, links or messages', 'The police report number, if you made a report'],
    escalateTo: 'security',
    escalateWhen: 'Always escalate to the security team at once.',
  },
  identity_verification: {
    title: 'Identity verification (KYC)',
    steps: [
      'Use a valid, unexpired ID document in your own name, and photograph it flat, in good light, without glare or cut-off edges.',
      'Make sure the name and ID number you typed match the document exactly.',
      'For face verification, use good light, remove glasses or a mask, and hold the phone at eye level.',
      'Check the review status in the app; reviews can take one to three working days.',
      'If it is rejected, read the reason shown before trying again; repeated attempts may be rate-limited.',
    ],
    prepare: ['The type of document you used and the rejection message'],
  },
  account_profile: {
    title: 'Changing phone number, email or name',
    steps: [
      'Change the phone number or email in the app’s account settings; you will be asked to verify the old and the new one.',
      'If you no longer have the old phone number, use the option for a lost number, which asks for identity verification.',
      'A legal name change usually needs a new identity verification with the updated document.',
    ],
    prepare: ['The old and new phone number or email'],
  },
  account_closure: {
    title: 'Closing your account',
    steps: [
      'Withdraw or spend the remaining balance first; an account with a balance cannot be closed.',
      'Settle pending transactions, refunds, loans and subscriptions, and unlink your cards.',
      'Use the close-account option in the app’s account or security settings and follow the checks.',
      'Download any statements you need first: records may not be available after closure.',
    ],
    prepare: ['The balance and any pending transactions'],
  },
  privacy_security: {
    title: 'Privacy and security settings',
    steps: [
      'Turn on two-factor authentication and a payment password or biometric check in the security settings.',
      'Review devices signed in to your account and remove the ones you do not recognise.',
      'Review which apps and merchants have payment permissions (password-free or automatic payments) and turn off the ones you do not use.',
      'Read the privacy settings to control what data is shared, and how to ask for a copy or deletion of your data.',
    ],
    prepare: ['The setting or data request you are asking about'],
  },
  other: {
    title: 'Something else',
    steps: [
      'This does not look like a wallet support request. If it is one, describe the problem in a sentence or two: what you tried to do and what happened.',
      'Check the help centre in the app for your topic.',
    ],
    prepare: [],
  },
};
