package org.onebacklog.transfer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A product's backup in the browser, linked from its Team page: the export, offered as a file to save. */
@Path("/products/{key}/backup")
public class BackupPage {

    @Inject
    ProductExport exports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response download(@PathParam("key") String key) {
        return ProductExportApi.asFile(exports.export(key));
    }
}
