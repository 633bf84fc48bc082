package org.weijian.registry;

/** A supervised subject's registered facts or status changed. */
public record SubjectChanged(long subjectId, String regionCode, SubjectStatus status) {
}
