import * as v from 'valibot';
import { booleanFlag, callerSecret, eventList, fieldsObject, httpsUrl, namesAField, pageNumber, pageSizeUpTo } from '../../src/input-schemas';
import { GITHUB_CAPABILITIES } from './capabilities';

/** A caller-chosen signing secret: long enough that it cannot be guessed, short enough to send. */
const secret = callerSecret(16);

// GitHub hooks have no names, filters or delivery settings: refusing them beats dropping them.
const unsupported = (field: string, capability: string) =>
  v.optional(v.undefined(`${field} is not supported by GitHub; remove it (capabilities.${capability} is false)`));

// Event names are not checked against the catalogue: GitHub adds events often and answers a
// name it does not know with a 422, which is a ValidationError all the same.
const fields = {
  url: httpsUrl,
  events: eventList,
  active: v.optional(booleanFlag),
  secret: v.optional(secret),
  name: unsupported('name', 'names'),
  eventFilters: unsupported('eventFilters', 'eventFilters'),
  delivery: unsupported('delivery', 'deliverySettings'),
};

/** What `create` accepts. */
export const createInput = fieldsObject(fields);

/** What `update` accepts: the same fields, all optional, at least one. */
export const patchInput = v.pipe(
  fieldsObject({ ...fields, url: v.optional(fields.url), events: v.optional(fields.events) }),
  namesAField(),
);

const paging = {
  page: v.optional(pageNumber),
  pageSize: v.optional(pageSizeUpTo(GITHUB_CAPABILITIES.maxPageSize)),
};

/** `list` paging and the `active` filter (applied to each page GitHub returns: GitHub has no filter). */
export const listInput = fieldsObject({
  ...paging,
  active: v.optional(booleanFlag),
  search: v.optional(v.undefined('search is not supported by GitHub; filter the items yourself (capabilities.search is false)')),
});

/** `listDeliveries` paging. */
export const deliveriesInput = fieldsObject({
  ...paging,
  active: v.optional(v.undefined('active does not apply to deliveries; remove it')),
  search: v.optional(v.undefined('search is not supported by GitHub; filter the items yourself (capabilities.search is false)')),
});

/** `rotateSecret` options. */
export const rotateInput = v.object({ secret: v.optional(secret) });

/** The test events GitHub can send: `ping` to any hook, `push` (the latest push again) to a repository's. */
export function testEventInput(scope: 'repo' | 'org') {
  const allowed = scope === 'repo' ? ['ping', 'push'] : ['ping'];
  return v.object({
    event: v.picklist(allowed, `must be ${allowed.map((name) => `"${name}"`).join(' or ')}: GitHub sends no other test event${scope === 'org' ? ' to an organization hook' : ''}`),
  });
}
