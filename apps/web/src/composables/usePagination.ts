/** Page arithmetic shared by paginated lists; pages are 1-based as shown to people. */
export interface PageInfo {
  page: number;
  pageCount: number;
  offset: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function pageInfo(total: number, page: number, perPage: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(Math.max(0, total) / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return {
    page: current,
    pageCount,
    offset: (current - 1) * perPage,
    hasPrevious: current > 1,
    hasNext: current < pageCount,
  };
}

/** The offset to request for a page number taken from a URL (bad values mean page 1). */
export function offsetFor(page: number, perPage: number): number {
  return (Math.max(1, Math.floor(page) || 1) - 1) * perPage;
}
