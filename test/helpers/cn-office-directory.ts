/** A directory with one mainland China phone line on weekday office hours (the built-in CN lines are 24/7 or daily). */
import { createDirectory } from '../../src/channels/index.js';

export const cnOfficeDirectory = createDirectory({
  schemaVersion: 1,
  retrieved: '2026-12-02',
  wallets: [
    {
      id: 'cnoffice',
      names: { en: 'CN Office Pay', zh: '测试支付' },
      domains: ['cnoffice.example'],
      regions: ['CN'],
      channels: [
        {
          id: 'cnoffice/phone-1', kind: 'phone', value: '95500', dial: ['95500'], shortCode: true, region: 'CN', audience: 'consumer',
          source: 'https://cnoffice.example/contact', sourceKind: 'official_page', checkedAt: '2026-12-02', confidence: 'high',
          hours: { timeZone: 'Asia/Shanghai', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]])) },
        },
      ],
    },
  ],
});
