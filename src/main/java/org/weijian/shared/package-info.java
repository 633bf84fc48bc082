/**
 * The shared kernel: the few value types every module needs (统一社会信用代码, 身份证号, 行政区划代码),
 * error and paging conventions, personal-data encryption and the embedded database bootstrap.
 * Kept deliberately small; it depends on no other module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.weijian.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
