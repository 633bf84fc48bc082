/**
 * Institution links (定点机构对照): which registry subject a medical-insurance designated institution code
 * (医保定点机构编码) in the claims extracts stands for, so that a lead reaches the institution's portal. The demo
 * loader links the sample's codes through {@link org.weijian.monitoring.institution.InstitutionLinks}, hence the
 * named interface.
 */
@NamedInterface("institution")
@NullMarked
package org.weijian.monitoring.institution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
