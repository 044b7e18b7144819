package org.onebacklog.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.onebacklog.failure.InvalidInput;

/**
 * Reads the bytes of a product document. What it cannot read is refused with the JSON pointer of the place
 * ({@code /product/items/3/estimate}), so that whoever edited a backup by hand finds the spot.
 */
@ApplicationScoped
public class DocumentReader {

    @Inject
    ObjectMapper json;

    public ProductDocument read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInput("/", "Send the product document that GET /api/v1/products/{key}/export gave");
        }
        ProductDocument document;
        try {
            document = json.readValue(body, ProductDocument.class);
        } catch (JsonMappingException e) {
            throw new InvalidInput(pointer(e), "Cannot read this value: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidInput("/", "This is not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInput("/", "The document could not be read: " + e.getMessage());
        }
        if (document == null) {
            throw new InvalidInput("/", "Send the product document that GET /api/v1/products/{key}/export gave");
        }
        DocumentCheck.check(document);
        return document;
    }

    /** The JSON pointer (RFC 6901) of where Jackson stopped. */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }
}
