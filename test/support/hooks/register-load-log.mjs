// Test helper: `node --import` this to log ES module loads (esm-load-log.mjs) to $MODLOG.
import { register } from 'node:module';

register('./esm-load-log.mjs', import.meta.url);
