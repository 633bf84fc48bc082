package org.weijian.inspection.pool;

import java.time.LocalDate;

/**
 * What an announced entropy source (随机数源) promises about its values: published on {@code availableOn},
 * exactly {@code count} integers, each between {@code min} and {@code max} inclusive.
 */
record SourceShape(String name, LocalDate availableOn, int count, long min, long max) {
}
