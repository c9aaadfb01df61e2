import { readonly, ref } from 'vue';

/**
 * Whether the API answered the last page query. A network error (the server is down or the
 * connection dropped) switches the whole page to one "cannot be reached" view with a retry,
 * instead of each part of the page failing on its own. Only reads set this: a failed form
 * submission keeps its form and says so itself, so nothing typed is lost.
 */
const down = ref(false);

export const apiUnreachable = readonly(down);

export function reportApiReachable(reachable: boolean): void {
  down.value = !reachable;
}
