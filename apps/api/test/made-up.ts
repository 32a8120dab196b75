/** Made-up reports (invented names and places) for the contract and browser tests; never seed or corpus lines. */
export const madeUpDocuments: ReadonlyArray<{ readonly name: string; readonly text: string }> = [
  {
    name: "青川大事记-2021-03.txt",
    text: [
      "2021年3月",
      "",
      "3月2日，省委书记钟海岚主持召开省委常委会议，研究部署春季农业生产工作。副省长林明远、秘书长陈立平参加会议。",
      "3月5日至6日，副省长林明远到青川市白石县调研乡村振兴工作，察看蔬菜大棚和冷链物流中心，市委书记周文斌陪同。",
      "3月9日，省政府召开全省安全生产电视电话会议，副省长林明远出席并讲话。",
      "3月16日，省委书记钟海岚到青川市调研春耕备耕工作，在白石县种子站了解良种供应情况，要求各地抓紧抓实春耕生产（不误农时），确保粮食稳产增产。",
      "3月23日，省委书记钟海岚会见来访的东海省代表团，双方就产业合作交换意见。",
      ""
    ].join("\n")
  },
  {
    name: "青川要闻-2021-04.txt",
    text: [
      "4月1日，省委召开理论学习中心组学习会议，省委书记钟海岚主持并讲话。",
      "4月8日，副省长林明远到青川市检查森林防火工作，强调压实各级责任。",
      "4月20日，省政府与东海省签署文化旅游合作协议，省长赵启航出席签约仪式。",
      ""
    ].join("\n")
  },
  {
    // the same春耕 report as another paper wrote it: merged into the event above, a second source
    name: "青川日报-2021-03-17.txt",
    text: ["2021年3月17日", "", "3月16日，省委书记钟海岚到青川市调研春耕备耕工作，在白石县种子站了解良种供应情况，要求抓紧抓实春耕生产。", ""].join("\n")
  }
]
