package vn.gov.moj.thidua.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The paging and sorting query parameters shared by every list. */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @RestQuery
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page index, from 0")
    public int page;

    @RestQuery
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200")
    public int size;

    @RestQuery
    @Parameter(description = "Sort fields, comma-separated; a leading '-' sorts descending (e.g. `-validFrom,name`)")
    public String sort;
}
