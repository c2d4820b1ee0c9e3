#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx practice-audit` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
