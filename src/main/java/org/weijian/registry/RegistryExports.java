package org.weijian.registry;

import java.io.OutputStream;

import org.springframework.stereotype.Service;
import org.weijian.registry.practitioner.PractitionerExporter;
import org.weijian.registry.subject.SubjectExporter;
import org.weijian.shared.io.TableWriter;

/**
 * Exports in the import layouts (so an export can be edited and imported back), honouring the query's
 * filters and the current user's data scope. ID numbers are masked unless personal data is asked for by
 * a user allowed to (ADR 0018).
 */
@Service
public class RegistryExports {

	private final SubjectExporter subjects;

	private final PractitionerExporter practitioners;

	RegistryExports(SubjectExporter subjects, PractitionerExporter practitioners) {
		this.subjects = subjects;
		this.practitioners = practitioners;
	}

	public void exportInstitutions(SubjectQuery query, TableWriter.Format format, OutputStream out) {
		subjects.export(SubjectKind.MEDICAL_INSTITUTION, query, format, out);
	}

	public void exportUnits(SubjectQuery query, TableWriter.Format format, OutputStream out) {
		subjects.export(SubjectKind.PUBLIC_HEALTH_UNIT, query, format, out);
	}

	public void exportPractitioners(PractitionerQuery query, TableWriter.Format format, boolean includePersonalData, OutputStream out) {
		practitioners.export(query, format, includePersonalData, out);
	}

}
