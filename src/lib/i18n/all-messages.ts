/**
 * The whole catalogue, registered for `formatMessage`: loaded on demand by the importer and
 * the validator (their problems are many and rarely shown) and by the command line.
 */
import { m } from './generated/messages.js';
import { registerMessages } from './messages.ts';

registerMessages(m);
