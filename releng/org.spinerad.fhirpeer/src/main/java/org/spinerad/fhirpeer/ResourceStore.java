package org.spinerad.fhirpeer;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.Resource;

/** Every version of every resource the server took, in memory. */
final class ResourceStore {

	private final Map<String, List<Resource>> versions = new LinkedHashMap<>();

	/** Stores a new version of {@code Type/id}; a missing id gets a new one. @return the stored copy */
	synchronized Resource put(Resource resource) {
		String type = resource.fhirType();
		String id = resource.getIdElement().getIdPart();
		if (id == null || id.isBlank()) {
			id = UUID.randomUUID().toString();
		}
		List<Resource> history = versions.computeIfAbsent(type + "/" + id, k -> new ArrayList<>());
		Resource copy = resource.copy();
		copy.setId(type + "/" + id + "/_history/" + (history.size() + 1));
		copy.getMeta().setVersionId(Integer.toString(history.size() + 1)).setLastUpdated(new Date());
		history.add(copy);
		return copy.copy();
	}

	/** @return every version of {@code Type/id}, oldest first */
	synchronized List<Resource> history(String type, String id) {
		return versions.getOrDefault(type + "/" + id, List.of()).stream().map(Resource::copy).toList();
	}

	/** @return the newest version of every resource of a type */
	synchronized List<Resource> current(String type) {
		return versions.entrySet().stream().filter(e -> e.getKey().startsWith(type + "/"))
				.map(e -> e.getValue().get(e.getValue().size() - 1).copy()).toList();
	}
}
