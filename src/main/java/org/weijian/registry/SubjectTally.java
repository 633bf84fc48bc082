package org.weijian.registry;

/**
 * Operating subjects of one category in one county (the first six digits of their region code), and
 * how many of them belong to a set the caller named (e.g. those inspected this year).
 */
public record SubjectTally(String categoryCode, String countyCode, long operating, long marked) {
}
