"""Statistics: the unit's report and the city office's merge of contributions."""
