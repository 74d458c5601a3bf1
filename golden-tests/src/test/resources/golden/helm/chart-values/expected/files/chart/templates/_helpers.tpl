{{/* The chart's name. */}}
{{- define "chart-values.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* An object's labels: its own (which win), then global.commonLabels; empty when none.
     Called with (list $ (dict "name" "value" ...)). */}}
{{- define "chart-values.labels" -}}
{{- $labels := merge (dict) (index . 1) (index . 0).Values.global.commonLabels -}}
{{- if $labels }}{{ toYaml $labels }}{{ end -}}
{{- end -}}

{{/* An object's annotations: its own (which win), then global.commonAnnotations; empty when none. */}}
{{- define "chart-values.annotations" -}}
{{- $annotations := merge (dict) (index . 1) (index . 0).Values.global.commonAnnotations -}}
{{- if $annotations }}{{ toYaml $annotations }}{{ end -}}
{{- end -}}

{{/* An image reference from an image value: repository[:tag][@digest]. */}}
{{- define "chart-values.image" -}}
{{- .repository }}{{ with .tag }}:{{ . }}{{ end }}{{ with .digest }}@{{ . }}{{ end -}}
{{- end -}}
