package org.weijian.monitoring.institution;

/** An institution code seen in findings in the caller's scope that no subject is linked to yet, with its finding count. */
public record UnlinkedCode(String fixmedinsCode, long findings) {
}
