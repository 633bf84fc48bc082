/**
 * 风险分级 — subjects' risk tiers and the key-supervision list (重点监管名单), exposed to other modules (the demo loader) as the named interface {@code tier}.
 */
@NamedInterface("tier")
@NullMarked
package org.weijian.inspection.tier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
