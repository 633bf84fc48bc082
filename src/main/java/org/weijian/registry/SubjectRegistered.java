package org.weijian.registry;

/** A supervised subject entered the registry (published after commit to other modules). */
public record SubjectRegistered(long subjectId, SubjectKind kind, String categoryCode, String regionCode) {
}
