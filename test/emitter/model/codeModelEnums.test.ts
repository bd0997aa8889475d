import * as codemodel from "@autorest/codemodel";
import * as enums from "../../../emitter/src/model/codeModelEnums";

// The emitter takes these enums from their own modules, or a copy of one member, so that it does
// not load the whole @autorest/codemodel index at start-up; they must be the package's own.
describe("codeModelEnums", () => {
  it("are the enums @autorest/codemodel exports", () => {
    expect(enums.SchemaType).toBe(codemodel.SchemaType);
    expect(enums.ParameterLocation).toBe(codemodel.ParameterLocation);
    expect(enums.ImplementationLocation.Client).toBe(codemodel.ImplementationLocation.Client);
  });
});
