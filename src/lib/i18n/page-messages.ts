/**
 * The messages the page itself names by key at run time, registered for `formatMessage`
 * with the panels (which show them): notices about the address and the failures of the
 * page's own steps.
 * Opening and exporting load the whole catalogue for their outcomes. Problems found inside files and datasets are worded
 * by the whole catalogue, loaded with the importer and the validator (all-messages.ts).
 */
import { m } from './generated/messages.js';
import { registerMessages } from './messages';

registerMessages({
  url_unknown_parameter: m.url_unknown_parameter,
  url_unknown_relation_type: m.url_unknown_relation_type,
  url_unknown_actor_kind: m.url_unknown_actor_kind,
  url_bad_switch: m.url_bad_switch,
  url_unknown_relation: m.url_unknown_relation,
  url_unknown_actor: m.url_unknown_actor,
  url_actor_and_relation: m.url_actor_and_relation,
  url_unknown_source: m.url_unknown_source,
  url_unknown_quote: m.url_unknown_quote,
  url_quote_without_source: m.url_quote_without_source,
  url_bad_window_start: m.url_bad_window_start,
  url_bad_window_end: m.url_bad_window_end,
  url_window_reversed: m.url_window_reversed,
  url_more_ignored: m.url_more_ignored,
  url_bad_choice: m.url_bad_choice,
  url_unknown_actor_param: m.url_unknown_actor_param,
  url_connection_half: m.url_connection_half,
  url_bad_compare: m.url_bad_compare,
  app_lang_ignored: m.app_lang_ignored,
  app_appearance_ignored: m.app_appearance_ignored,
  app_details_failed: m.app_details_failed,
  app_error: m.app_error,
});
