package org.spinerad.fhirpeer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;

/**
 * Transactions at the server base: every entry is an update (PUT
 * {@code Type/id}) or a create (POST {@code Type}) of a type the server
 * holds; all entries are checked before any is stored.
 */
final class TransactionProvider {

	private final ResourceStore store;
	private final Set<String> types;

	TransactionProvider(ResourceStore store, Set<String> types) {
		this.store = store;
		this.types = types;
	}

	@Transaction
	public Bundle transaction(@TransactionParam Bundle request) {
		if (request.getType() != BundleType.TRANSACTION) {
			throw new InvalidRequestException("Bundle.type must be transaction, not " + request.getType());
		}
		List<Resource> toStore = new ArrayList<>();
		for (BundleEntryComponent e : request.getEntry()) {
			Resource r = e.getResource();
			HTTPVerb verb = e.getRequest().getMethod();
			String url = e.getRequest().getUrl();
			if (r == null || !types.contains(r.fhirType())) {
				throw new InvalidRequestException("entry " + url + ": no resource, or a type this server does not hold");
			}
			if (verb == HTTPVerb.PUT) {
				IdType id = new IdType(url);
				if (!r.fhirType().equals(id.getResourceType()) || !id.hasIdPart()) {
					throw new InvalidRequestException("entry " + url + ": PUT needs the URL Type/id of its resource");
				}
				Resource copy = r.copy();
				copy.setId(id.getResourceType() + "/" + id.getIdPart());
				toStore.add(copy);
			} else if (verb == HTTPVerb.POST && r.fhirType().equals(url)) {
				Resource copy = r.copy();
				copy.setIdElement(null);
				toStore.add(copy);
			} else {
				throw new InvalidRequestException("entry " + url + ": only PUT Type/id and POST Type are taken");
			}
		}
		Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
		synchronized (store) {
			for (Resource r : toStore) {
				boolean created = !r.getIdElement().hasIdPart()
						|| store.history(r.fhirType(), r.getIdElement().getIdPart()).isEmpty();
				Resource stored = store.put(r);
				response.addEntry().getResponse().setStatus(created ? "201 Created" : "200 OK")
						.setLocation(stored.getIdElement().getValue())
						.setEtag("W/\"" + stored.getMeta().getVersionId() + "\"");
			}
		}
		return response;
	}
}
