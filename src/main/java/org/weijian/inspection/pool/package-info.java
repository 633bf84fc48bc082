/**
 * Freeze, announce and draw (冻结、公告与抽取): an approved plan's object and inspector pools frozen with
 * their digests, the announcement of the future entropy sources, the entropy values entered and
 * confirmed maker-checker, the draw record stored byte for byte, and the public draw API and pages. The
 * demo loader may call {@link org.weijian.inspection.pool.Announcements} and
 * {@link org.weijian.inspection.pool.Draws}, hence the named interface.
 */
@NamedInterface("pool")
@NullMarked
package org.weijian.inspection.pool;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
