/**
 * The draw algorithm {@code weijian-draw/1} (RFC 3797 selection, strata, task staffing), the published
 * record and its verifier: pure code with no storage, clock or Spring. Exposed as a named interface so
 * that the application's {@code main} can dispatch the {@code verify-draw} command before Spring starts.
 */
@NamedInterface("draw")
@NullMarked
package org.weijian.inspection.draw;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
