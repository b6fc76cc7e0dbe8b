"""Pagination that stays fast on very large lists.

Counting every match of a filter over a million rows costs more than showing the page. Counting
stops at `cap`: the page then says "more than 2,000" and offers as many pages as that allows;
narrowing the filters brings the exact number back.
"""

from django.core.paginator import Paginator
from django.utils.functional import cached_property


class CappedPaginator(Paginator):
    def __init__(self, object_list, per_page, cap=2_000, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap

    @cached_property
    def count(self) -> int:
        return self.object_list[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap
