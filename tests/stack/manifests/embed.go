// Package manifests holds the seed data of the local Central API stack (see ../README.md).
package manifests

import "embed"

// Central is applied to the central API server in file-name order; workload.yaml goes to the
// workload API server. Files named samples-*.yaml are created only if absent (people may edit
// or delete them); everything else is server-side applied at every start.
//
//go:embed *.yaml
var FS embed.FS

// ClusterClasses holds the upstream ClusterClass templates of the SCS cluster stacks, one per
// stack (clusterclasses/<provider>-<stack>.yaml); the provisioner renders them per release.
//
//go:embed clusterclasses/*.yaml
var ClusterClasses embed.FS
