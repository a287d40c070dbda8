/** Flyway's Java migrations; the SQL ones are under {@code src/main/resources/db/migration}. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
