import { createToolkit, definePlugin } from "@opptrapping/sdk";

// A plugin is a plain object with a namespaced name and lists of extensions.
const strict = definePlugin({
  name: "acme:strict",
  statusRules: [
    {
      id: "strict",
      title: { nb: "Streng", en: "Strict" },
      decide: ({ measurement }) =>
        measurement.insufficient
          ? { status: "insufficientData", colour: "grey", reason: measurement.insufficient.explanation }
          : measurement.met
            ? { status: "achieved", colour: "green", reason: { nb: "Nådd.", en: "Met." } }
            : { status: "offTrack", colour: "red", reason: { nb: "Ikke nådd.", en: "Not met." } },
    },
  ],
});

const toolkit = createToolkit({ plugins: [strict] });
console.log(toolkit.plugins, toolkit.ruleIds); // [ 'acme:strict' ] [ 'strict' ]
