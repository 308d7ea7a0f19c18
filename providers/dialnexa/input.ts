import * as v from 'valibot';
import { booleanFlag, callerSecret, eventList, fieldsObject, httpsUrl, namesAField, pageNumber, pageSizeUpTo } from '../../src/input-schemas';
import { DIALNEXA_CAPABILITIES } from './capabilities';
import { DIALNEXA_EVENT_NAMES } from './events';

const known = new Set(DIALNEXA_EVENT_NAMES);

function catalogueEvents(allowUnknown: boolean) {
  if (allowUnknown) return eventList;
  return v.pipe(
    eventList,
    v.check(
      (events) => events.every((event) => known.has(event)),
      (issue) => {
        const unknown = (issue.input as string[]).filter((event) => !known.has(event));
        return `unknown event ${unknown.map((e) => `"${e}"`).join(', ')}; DialNexa documents: ${DIALNEXA_EVENT_NAMES.join(', ')} ` +
          '(pass allowUnknownEvents: true to dialnexa() to send other names)';
      },
    ),
  );
}

/** A caller-chosen signing secret: long enough that it cannot be guessed, short enough to send. */
const secret = callerSecret(16);

// DialNexa has no names, filters or delivery settings: refusing them beats silently dropping them.
const unsupported = (field: string, capability: string) =>
  v.optional(v.undefined(`${field} is not supported by DialNexa; remove it (capabilities.${capability} is false)`));

function fields(allowUnknown: boolean) {
  return {
    url: httpsUrl,
    events: catalogueEvents(allowUnknown),
    active: v.optional(booleanFlag),
    secret: v.optional(secret),
    name: unsupported('name', 'names'),
    eventFilters: unsupported('eventFilters', 'eventFilters'),
    delivery: unsupported('delivery', 'deliverySettings'),
  };
}

/** What `create` accepts. */
export function createInput(allowUnknown: boolean) {
  return fieldsObject(fields(allowUnknown));
}

/** What `update` accepts: the same fields, all optional, at least one. */
export function patchInput(allowUnknown: boolean) {
  const f = fields(allowUnknown);
  return v.pipe(
    fieldsObject({ ...f, url: v.optional(f.url), events: v.optional(f.events) }),
    namesAField(),
  );
}

/** List paging and filters. */
export const listInput = fieldsObject({
  page: v.optional(pageNumber),
  pageSize: v.optional(pageSizeUpTo(DIALNEXA_CAPABILITIES.maxPageSize)),
  active: v.optional(booleanFlag),
  search: v.optional(v.undefined('search is not supported by DialNexa; filter the items yourself (capabilities.search is false)')),
});

/** `rotateSecret` options. */
export const rotateInput = v.object({ secret: v.optional(secret) });
