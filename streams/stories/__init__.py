"""One record per deal across every page that reports it (deals.events -> deals.stories)."""
