#!/usr/bin/env node
/** The `walletdesk` command. */
console.log('walletdesk');
