package org.weijian.registry;

/**
 * A subject as an inspection pool (抽查对象库) takes it: id, name, category and region — the fields a
 * draw and its published record need, nothing else.
 */
public record PoolMember(long id, String name, String categoryCode, String regionCode) {
}
