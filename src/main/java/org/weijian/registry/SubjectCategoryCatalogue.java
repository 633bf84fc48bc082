package org.weijian.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.weijian.registry.subject.SubjectCategories;

/**
 * Read-only view of the subject category dictionary (监管对象类别) for other modules, e.g. the
 * categories an inspection plan covers. Not scoped: the dictionary is the same for every user.
 */
@Service
public class SubjectCategoryCatalogue {

	private final SubjectCategories categories;

	SubjectCategoryCatalogue(SubjectCategories categories) {
		this.categories = categories;
	}

	/** Every category, active or not, in the dictionary's sort order. */
	public List<CategoryEntry> all() {
		return categories.all().stream().map(SubjectCategoryCatalogue::entry).toList();
	}

	public Optional<CategoryEntry> find(String code) {
		return categories.find(code).map(SubjectCategoryCatalogue::entry);
	}

	private static CategoryEntry entry(org.weijian.registry.subject.SubjectCategory c) {
		return new CategoryEntry(c.code(), c.kind(), c.nameZh(), c.nameEn(), c.active());
	}

}
