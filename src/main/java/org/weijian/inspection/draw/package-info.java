/**
 * The draw algorithm (抽取算法) of issue 4 as pure functions: RFC 3797 key and selection, strata, task
 * staffing, the published draw record and its verifier, the {@code verify-draw} command. Exposed as a
 * named interface so that the application's {@code main} can dispatch to the command before Spring
 * starts; see {@code docs/draw-algorithm.md}.
 */
@NamedInterface("draw")
@NullMarked
package org.weijian.inspection.draw;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
