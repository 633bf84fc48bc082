/** Inspection coverage (全覆盖): subjects inspected per category and county, never-inspected lists, exports. */
@NullMarked
package org.weijian.inspection.coverage;

import org.jspecify.annotations.NullMarked;
