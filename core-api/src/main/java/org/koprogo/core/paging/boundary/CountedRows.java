package org.koprogo.core.paging.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose table has the {@code koprogo_count_rows()} trigger (core changelog): an unfiltered list
 * of one organization then takes its total_items from row_counts instead of counting the rows.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CountedRows {
}
